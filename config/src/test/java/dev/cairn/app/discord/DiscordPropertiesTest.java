package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordPropertiesTest {

    @Test
    void anEnabledBotWithoutATokenNamesTheSettingAndItsVariable() {
        assertThatThrownBy(() -> properties(true, "", "zlib", List.of()))
                .hasMessageStartingWith("cairn.discord.token must be set when cairn.discord.enabled is true")
                .hasMessageContaining("CAIRN_DISCORD_TOKEN");
    }

    @Test
    void aDisabledBotNeedsNoToken() {
        assertThat(properties(false, "", "zlib", List.of()).enabled()).isFalse();
    }

    @Test
    void invalidValuesNameTheirSetting() {
        assertThatThrownBy(() -> properties(true, "t", "gzip", List.of()))
                .hasMessageStartingWith("cairn.discord.compression must be zlib or none");
        assertThatThrownBy(() -> properties(true, "t", "none", List.of("#general")))
                .hasMessageStartingWith("cairn.discord.knowledge-channels must list channel ids");
        assertThatThrownBy(() -> new DiscordProperties(true, "t", "discord.com", "wss://g/", "zlib", List.of(), false))
                .hasMessageStartingWith("cairn.discord.rest-url");
    }

    @Test
    void knowledgeChannelsAreTrimmedAndTheTokenIsNeverShown() {
        DiscordProperties properties = properties(true, "secret-token", "NONE", List.of(" 123 ", ""));
        assertThat(properties.knowledgeChannels()).containsExactly("123");
        assertThat(properties.toString()).doesNotContain("secret-token").contains("token=(set)");
    }

    private static DiscordProperties properties(boolean enabled, String token, String compression,
                                                List<String> channels) {
        return new DiscordProperties(enabled, token, "https://discord.com/api/v10/", "wss://gateway.discord.gg/",
                compression, channels, false);
    }
}

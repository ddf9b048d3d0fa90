package dev.cairn.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void addsTheTrailingSlashTheRestBaseNeeds() {
        assertThat(settings("https://discord.com/api/v10").restUrl()).isEqualTo("https://discord.com/api/v10/");
    }

    @Test
    void neverShowsTheTokenInItsText() {
        assertThat(settings("https://discord.com/api/v10/").toString()).doesNotContain("secret-token")
                .contains("https://discord.com/api/v10/");
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> new DiscordSettings(" ", "https://x/", "wss://y/", DiscordSettings.Compression.ZLIB,
                Set.of(), false)).hasMessage("token must not be blank");
        assertThatThrownBy(() -> settings("ftp://discord.com/")).hasMessageStartingWith("restUrl must start with");
        assertThatThrownBy(() -> new DiscordSettings("t", "https://x/", "https://y/", DiscordSettings.Compression.NONE,
                Set.of(), false)).hasMessageStartingWith("gatewayUrl must start with ws:// or wss://");
        assertThatThrownBy(() -> new DiscordSettings("t", "https://x/", "wss://y/", DiscordSettings.Compression.NONE,
                Set.of("#general"), false)).hasMessageContaining("'#general'");
    }

    @Test
    void parsesCompressionInAnyCase() {
        assertThat(DiscordSettings.Compression.parse(" ZLIB ")).isEqualTo(DiscordSettings.Compression.ZLIB);
        assertThat(DiscordSettings.Compression.parse("none")).isEqualTo(DiscordSettings.Compression.NONE);
        assertThatThrownBy(() -> DiscordSettings.Compression.parse("zstd")).hasMessageContaining("zlib or none");
    }

    private static DiscordSettings settings(String restUrl) {
        return new DiscordSettings("secret-token", restUrl, "wss://gateway.discord.gg/",
                DiscordSettings.Compression.ZLIB, Set.of("123"), false);
    }
}

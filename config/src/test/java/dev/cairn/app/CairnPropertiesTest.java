package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CairnPropertiesTest {

    @Test
    void aBadAdminEntryStopsStartupNamingTheSettingAndTheEntry() {
        assertThatThrownBy(() -> admins(List.of("slack:U1", "teams:U2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cairn.admins: admin entry 'teams:U2'");
    }

    @Test
    void adminsMayBeBareOrQualifiedAndBlankEntriesAreSkipped() {
        assertThat(admins(List.of("U1", "discord:42", " ")).admins()).containsExactly("U1", "discord:42", " ");
    }

    private static CairnProperties admins(List<String> admins) {
        return new CairnProperties(Path.of("data"), null, null, null, null, admins);
    }
}

package dev.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void identifiesTheKeyByItsExactValueOnly() {
        ApiKeys keys = new ApiKeys(Map.of("ann", "k-ann-0123456789", "ci", "k-ci-0123456789"));

        assertThat(keys.identify("k-ann-0123456789")).contains("ann");
        assertThat(keys.identify("k-ci-0123456789")).contains("ci");
        assertThat(keys.identify("k-ann-012345678")).isEmpty();
        assertThat(keys.identify("k-ann-01234567890")).isEmpty();
        assertThat(keys.identify("")).isEmpty();
        assertThat(keys.identify(null)).isEmpty();
    }

    @Test
    void aKeyThatMatchesLaterInTheListIsStillFound() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            many.put("k" + i, "value-" + i);
        }
        ApiKeys keys = new ApiKeys(many);
        assertThat(keys.identify("value-0")).contains("k0");
        assertThat(keys.identify("value-49")).contains("k49");
    }

    @Test
    void itsTextNamesTheKeysWithoutTheirValues() {
        ApiKeys keys = new ApiKeys(Map.of("ann", "hidden-value"));
        assertThat(keys).hasToString("ApiKeys[ann]");
        assertThat(keys.any()).isTrue();
        assertThat(new ApiKeys(Map.of()).any()).isFalse();
    }

    @Test
    void refusesBadNamesBlankKeysAndOneKeyForTwoNamesWithoutEchoingTheKey() {
        assertThatThrownBy(() -> new ApiKeys(Map.of("a b", "k1"))).hasMessageContaining("'a b'");
        assertThatThrownBy(() -> new ApiKeys(Map.of("ann", " "))).hasMessageContaining("ann must not be blank");
        assertThatThrownBy(() -> new ApiKeys(Map.of("ann", "shared-secret", "bob", "shared-secret")))
                .hasMessageContaining("same value").hasMessageNotContaining("shared-secret");
    }
}

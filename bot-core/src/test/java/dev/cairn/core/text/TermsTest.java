package dev.cairn.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void dropsStopWordsAndStemsLightly() {
        assertThat(Terms.of("What are the policies for contractors requesting leave?"))
                .containsExactly("policy", "contractor", "request", "leave");
    }

    @Test
    void splitsChineseIntoOverlappingPairs() {
        assertThat(Terms.of("年假天数")).containsExactly("年假", "假天", "天数");
        assertThat(Terms.of("用 VPN 连接")).containsExactly("用", "vpn", "连接");
    }
}

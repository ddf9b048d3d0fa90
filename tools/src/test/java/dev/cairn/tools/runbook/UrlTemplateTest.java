package dev.cairn.tools.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlTemplateTest {
    private final UrlTemplate restart = UrlTemplate.parse("http://ops.internal:8080/restart/{{service}}?region={{region}}");

    @Test
    void fillsPathAndQueryWithPercentEncodedValues() {
        URI url = restart.fill(Map.of("service", "api", "region", "eu west"));

        assertThat(url.toString()).isEqualTo("http://ops.internal:8080/restart/api?region=eu%20west");
        assertThat(restart.names()).containsExactly("service", "region");
    }

    @Test
    void aPathTraversalValueStaysOneEncodedSegmentAndAddsNoQuery() {
        URI url = restart.fill(Map.of("service", "../../admin?x=1", "region", "eu"));

        assertThat(url.getRawPath()).isEqualTo("/restart/..%2F..%2Fadmin%3Fx%3D1");
        assertThat(url.getRawQuery()).isEqualTo("region=eu");
        assertThat(url.getHost()).isEqualTo("ops.internal");
    }

    @Test
    void aQueryValueCannotAddParametersOrAFragment() {
        URI url = restart.fill(Map.of("service", "api", "region", "eu&admin=true#x"));

        assertThat(url.getRawQuery()).isEqualTo("region=eu%26admin%3Dtrue%23x");
        assertThat(url.getRawFragment()).isNull();
    }

    @Test
    void aValueNamingAnotherPlaceholderStaysLiteralText() {
        URI url = restart.fill(Map.of("service", "{{region}}", "region", "eu"));

        assertThat(url.getRawPath()).isEqualTo("/restart/%7B%7Bregion%7D%7D");
        assertThat(url.getPath()).isEqualTo("/restart/{{region}}");
    }

    @Test
    void nonAsciiValuesAreEncodedAsUtf8() {
        assertThat(restart.fill(Map.of("service", "服务", "region", "ü")).toString())
                .isEqualTo("http://ops.internal:8080/restart/%E6%9C%8D%E5%8A%A1?region=%C3%BC");
    }

    @Test
    void aValueThatWouldBeADotSegmentIsRefused() {
        assertThatThrownBy(() -> restart.fill(Map.of("service", "..", "region", "eu")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..'");
        assertThatThrownBy(() -> restart.fill(Map.of("service", ".", "region", "eu")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(restart.fill(Map.of("service", "...", "region", "..")).getRawPath()).isEqualTo("/restart/...");
    }

    @Test
    void aPlaceholderInTheSchemeOrHostIsRefusedWhenTheTemplateIsRead() {
        assertThatThrownBy(() -> UrlTemplate.parse("http://{{host}}/restart"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only in the path or query");
        assertThatThrownBy(() -> UrlTemplate.parse("http://ops{{suffix}}/restart"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlTemplate.parse("{{url}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyHttpUrlsAreAccepted() {
        assertThatThrownBy(() -> UrlTemplate.parse("file:///etc/{{name}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(UrlTemplate.parse("https://ops.internal").fill(Map.of()).toString())
                .isEqualTo("https://ops.internal");
    }

    @Test
    void aPlaceholderWithoutAValueIsAMissingArgument() {
        assertThatThrownBy(() -> restart.fill(Map.of("service", "api")))
                .isInstanceOf(Placeholders.MissingArgument.class).hasMessage("no value for {{region}}");
    }
}

package dev.cairn.tools.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostPolicyTest {
    private static final HostPolicy.Resolver FAKE_DNS = host -> {
        Map<String, String> records = Map.of(
                "example.com", "93.184.216.34", "api.example.com", "93.184.216.35",
                "intranet.example.com", "10.0.0.7", "evilexample.com", "93.184.216.36",
                "dual.example.com", "93.184.216.37");
        if (host.equals("dual.example.com")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.37"), InetAddress.getByName("192.168.0.9")};
        }
        String address = records.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    };

    private final HostPolicy policy = new HostPolicy(Set.of("Example.com", "*.example.com"), Set.of(), FAKE_DNS);

    @Test
    void allowsExactHostAndSubdomainsOfWildcard() throws DestinationRefused {
        assertThat(policy.check(URI.create("https://example.com/a"))).hasSize(1);
        assertThat(policy.check(URI.create("http://API.example.com./b"))).hasSize(1);
    }

    @Test
    void wildcardDoesNotAllowLookalikeDomains() {
        HostPolicy onlySubdomains = new HostPolicy(Set.of("*.example.com"), Set.of(), FAKE_DNS);

        assertThatThrownBy(() -> onlySubdomains.check(URI.create("https://evilexample.com/")))
                .isInstanceOf(DestinationRefused.class).hasMessageContaining("not on the allow-list");
        assertThatThrownBy(() -> onlySubdomains.check(URI.create("https://example.com/")))
                .isInstanceOf(DestinationRefused.class).hasMessageContaining("not on the allow-list");
    }

    @Test
    void refusesAllowedNameThatResolvesToPrivateAddress() {
        assertThatThrownBy(() -> policy.check(URI.create("https://intranet.example.com/")))
                .isInstanceOf(DestinationRefused.class).hasMessageContaining("10.0.0.7 is a private network address");
    }

    @Test
    void refusesWhenAnyResolvedAddressIsPrivate() {
        assertThatThrownBy(() -> policy.check(URI.create("https://dual.example.com/")))
                .isInstanceOf(DestinationRefused.class).hasMessageContaining("192.168.0.9");
    }

    @Test
    void allowPrivateListLetsTrustedHostReachInternalAddress() throws DestinationRefused {
        HostPolicy trusting = new HostPolicy(Set.of("*.example.com"), Set.of("intranet.example.com"), FAKE_DNS);

        assertThat(trusting.check(URI.create("https://intranet.example.com/"))).hasSize(1);
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        assertThatThrownBy(() -> policy.check(URI.create("file:///etc/passwd")))
                .isInstanceOf(DestinationRefused.class).hasMessageContaining("Only http and https");
        assertThatThrownBy(() -> policy.check(URI.create("ftp://example.com/")))
                .isInstanceOf(DestinationRefused.class).hasMessageContaining("Only http and https");
    }

    @Test
    void refusesHostThatDoesNotResolve() {
        HostPolicy unknown = new HostPolicy(Set.of("nowhere.example.com"), Set.of(), FAKE_DNS);

        assertThatThrownBy(() -> unknown.check(URI.create("https://nowhere.example.com/")))
                .isInstanceOf(DestinationRefused.class).hasMessageContaining("could not be resolved");
    }
}

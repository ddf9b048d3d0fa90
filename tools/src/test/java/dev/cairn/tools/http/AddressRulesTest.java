package dev.cairn.tools.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
            "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "fc00::1, private", "fd12:3456::1, private",
            "169.254.169.254, metadata", "169.254.10.1, link-local", "fe80::1, link-local",
            "0.0.0.0, any-local", "::, any-local", "0.1.2.3, any-local",
            "100.64.0.1, carrier-grade", "100.127.255.254, carrier-grade",
            "224.0.0.1, multicast", "ff02::1, multicast", "255.255.255.255, broadcast",
            "::ffff:127.0.0.1, loopback", "::10.0.0.1, private", "64:ff9b::a9fe:a9fe, metadata",
            "2002:c0a8:0101::1, private"})
    void refusesInternalAddresses(String literal, String kind) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(literal))).hasValueSatisfying(
                reason -> assertThat(reason).contains(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1", "100.63.255.255",
            "8.8.8.8", "2606:4700::1111", "192.169.0.1"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(AddressRules.refusal(InetAddress.getByName(literal))).isEmpty();
    }
}

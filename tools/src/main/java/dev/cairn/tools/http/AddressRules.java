package dev.cairn.tools.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** Which resolved addresses an outgoing request must not reach unless its host is explicitly trusted. */
final class AddressRules {
    private AddressRules() {
    }

    /** Empty when the address is public; otherwise what kind of address it is. */
    static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<InetAddress> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                return refusal(embedded.get());
            }
        }
        String kind = null;
        if (address.isAnyLocalAddress() || (b.length == 4 && b[0] == 0)) {
            kind = "an unspecified (any-local) address";
        } else if (address.isLoopbackAddress()) {
            kind = "a loopback address";
        } else if (b.length == 4 && (b[0] & 0xff) == 169 && (b[1] & 0xff) == 254) {
            kind = (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254
                    ? "the cloud metadata address" : "a link-local address";
        } else if (address.isLinkLocalAddress()) {
            kind = "a link-local address";
        } else if (address.isSiteLocalAddress() || (b.length == 16 && (b[0] & 0xfe) == 0xfc)) {
            kind = "a private network address";
        } else if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            kind = "a carrier-grade NAT address";
        } else if (address.isMulticastAddress()) {
            kind = "a multicast address";
        } else if (b.length == 4 && Arrays.equals(b, new byte[] {-1, -1, -1, -1})) {
            kind = "the broadcast address";
        }
        return Optional.ofNullable(kind).map(k -> address.getHostAddress() + " is " + k);
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if ((zeroPrefix && !(b[12] == 0 && b[13] == 0 && b[14] == 0)) || nat64) {
            return Optional.of(ipv4(Arrays.copyOfRange(b, 12, 16)));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(ipv4(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    private static InetAddress ipv4(byte[] four) {
        try {
            return InetAddress.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}

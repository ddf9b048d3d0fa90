package dev.cairn.tools.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where outgoing requests may go: http or https only, to a host on the allow-list (exact names; {@code *.example.com}
 * allows its subdomains), and only to public addresses unless the host is also on the allow-private list.
 * {@link #check} throws {@link DestinationRefused} with the reason otherwise.
 */
public final class HostPolicy {
    /** Looks up a host name's addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowed;
    private final Set<String> allowPrivate;
    private final Resolver resolver;

    public HostPolicy(Set<String> allowedHosts, Set<String> allowPrivateHosts) {
        this(allowedHosts, allowPrivateHosts, InetAddress::getAllByName);
    }

    public HostPolicy(Set<String> allowedHosts, Set<String> allowPrivateHosts, Resolver resolver) {
        this.allowed = normalized(allowedHosts, "allowedHosts");
        this.allowPrivate = normalized(allowPrivateHosts, "allowPrivateHosts");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Checks the scheme, the host and every address the host resolves to right now.
     *
     * @return the resolved addresses, all of which passed
     * @throws DestinationRefused when any of it may not be reached, or the host does not resolve
     */
    public List<InetAddress> check(URI uri) throws DestinationRefused {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DestinationRefused("Only http and https URLs are allowed, not '" + uri + "'.");
        }
        String host = host(uri);
        if (host.isEmpty()) {
            throw new DestinationRefused("The URL '" + uri + "' has no host.");
        }
        if (!matches(allowed, host)) {
            throw new DestinationRefused("The host '" + host + "' is not on the allow-list.");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new DestinationRefused("The host '" + host + "' could not be resolved.");
        }
        if (!matches(allowPrivate, host)) {
            for (InetAddress address : addresses) {
                Optional<String> refusal = AddressRules.refusal(address);
                if (refusal.isPresent()) {
                    throw new DestinationRefused("The host '" + host + "' resolves to " + refusal.get()
                            + "; requests to internal addresses are refused.");
                }
            }
        }
        return List.of(addresses);
    }

    /** The URI's host, lower-cased, without IPv6 brackets or a trailing dot. */
    static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static boolean matches(Set<String> patterns, String host) {
        for (String pattern : patterns) {
            if (pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> normalized(Set<String> hosts, String name) {
        Objects.requireNonNull(hosts, name);
        for (String host : hosts) {
            if (host == null || host.isBlank() || host.substring(host.startsWith("*.") ? 2 : 0).contains("*")) {
                throw new IllegalArgumentException(name + ": '" + host + "' is not a host name or *.domain pattern");
            }
        }
        return hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}

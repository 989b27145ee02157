package news.dateline.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps webhooks from being aimed into the service's own network (SSRF): a target whose host is, or resolves to,
 * a loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata service,
 * fe80::/10), any-local, multicast or CGNAT (100.64/10) address is refused, when the subscription is made and again
 * before every send (a name may resolve elsewhere by then). Every address a name has must pass, since the client may
 * connect to any of them. The sender then resolves the name again itself (through the JVM's DNS cache, 30 s by
 * default), so a name rebinding within that moment is not caught: this guards against misdirected and malicious
 * targets, not an adversarial DNS server racing the check.
 */
final class TargetGuard {

    private TargetGuard() {
    }

    /**
     * Why this URL may not be a target, if it may not; empty when it may. Unless private targets are allowed, resolves
     * its host (blocking).
     */
    static Optional<String> refusal(String url, boolean allowPrivate) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid URL");
        }
        if (host == null || host.isEmpty()) {
            return Optional.of("has no host name");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("has a host name that does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = privateKind(address);
            if (kind.isPresent()) {
                return Optional.of("resolves to " + kind.get() + " (" + address.getHostAddress()
                        + "), which webhooks may not target");
            }
        }
        return Optional.empty();
    }

    /** What kind of non-public address this is, if it is one. */
    static Optional<String> privateKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        // ::a.b.c.d reaches the IPv4 address a.b.c.d on some stacks (IPv4-mapped ones Java turns into IPv4 itself)
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            try {
                return privateKind(InetAddress.getByAddress(java.util.Arrays.copyOfRange(v6.getAddress(), 12, 16)));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are an IPv4 address", e);
            }
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address && (b[0] & 0xff) == 0) {
            return Optional.of("an unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress() || address instanceof Inet4Address && (b[0] & 0xff) >= 240) {
            return Optional.of("a multicast, reserved or broadcast address");
        }
        if (address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return Optional.of("a shared (CGNAT) address");
        }
        return Optional.empty();
    }
}

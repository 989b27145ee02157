package news.dateline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses webhooks may not target, decided without DNS (literal addresses only). */
class TargetGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "10.0.0.1", "172.16.0.1", "172.31.255.255",
            "192.168.0.1", "169.254.169.254", "169.254.0.1", "fe80::1", "fc00::1", "fd12:3456::1", "0.0.0.0",
            "::", "0.1.2.3", "100.64.0.1", "100.127.255.255", "224.0.0.1", "ff02::1", "255.255.255.255",
            "::ffff:192.168.0.1", "::10.0.0.1", "fec0::1"})
    void nonPublicAddressesAreRefused(String literal) throws UnknownHostException {
        assertTrue(TargetGuard.privateKind(InetAddress.getByName(literal)).isPresent(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.63.255.255",
            "100.128.0.1", "192.169.0.1", "2606:4700::1111", "169.255.0.1"})
    void publicAddressesPass(String literal) throws UnknownHostException {
        assertEquals(Optional.empty(), TargetGuard.privateKind(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1]:8080/x", "http://127.0.0.1/x", "https://10.0.0.8/hook"})
    void urlsOnPrivateAddressesAreRefusedUnlessAllowed(String url) {
        assertTrue(TargetGuard.refusal(url, false).isPresent(), url);
        assertEquals(Optional.empty(), TargetGuard.refusal(url, true), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa_mple.com/", "http://a b/"})
    void urlsWithoutAUsableHostAreRefusedEvenWhenPrivateTargetsAreAllowed(String url) {
        assertTrue(TargetGuard.refusal(url, true).isPresent(), url);
    }
}

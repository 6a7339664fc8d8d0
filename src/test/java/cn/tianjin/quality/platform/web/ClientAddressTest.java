package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutTrustedProxiesTheConnectionsAddressCountsAndTheHeaderIsIgnored() {
        assertThat(ClientAddress.resolve("203.0.113.7", "198.51.100.1", Set.of())).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheAddressItForwardedCounts() {
        assertThat(ClientAddress.resolve("10.0.0.5", "203.0.113.7", PROXY)).isEqualTo("203.0.113.7");
    }

    @Test
    void anAddressAClientWroteIntoTheHeaderItselfIsNotTaken() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
        assertThat(ClientAddress.resolve("10.0.0.5", "1.2.3.4, 203.0.113.7", PROXY)).isEqualTo("203.0.113.7");
    }

    @Test
    void chainedTrustedProxiesAreSkippedFromTheRight() {
        assertThat(ClientAddress.resolve("10.0.0.5", "203.0.113.7, 10.0.0.6", Set.of("10.0.0.5", "10.0.0.6")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aDirectClientCannotPretendToBeSomeoneElse() {
        assertThat(ClientAddress.resolve("203.0.113.7", "10.0.0.5", PROXY)).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyWithoutAHeaderIsItself() {
        assertThat(ClientAddress.resolve("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.resolve(null, null, PROXY)).isEqualTo("unknown");
    }
}

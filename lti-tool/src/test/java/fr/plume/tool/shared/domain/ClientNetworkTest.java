package fr.plume.tool.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void anIpv4AddressCountsOnItsOwn() {
        assertThat(ClientNetwork.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientNetwork.of("203.0.113.8")).isNotEqualTo(ClientNetwork.of("203.0.113.7"));
    }

    @Test
    void everyAddressOfOneIpv6HostNetworkCountsAsTheSameClient() {
        String one = ClientNetwork.of("2001:db8:1:2:a:b:c:d");
        assertThat(one).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:0DB8:0001:0002:ffff:1234:5678:9abc")).isEqualTo(one);
        assertThat(ClientNetwork.of("2001:db8:1:2::1")).isEqualTo(one);
        assertThat(ClientNetwork.of("[2001:db8:1:2::99]")).isEqualTo(one);
        assertThat(ClientNetwork.of("fe80:0:0:0:1:2:3:4%eth0")).isEqualTo("fe80:0:0:0::/64");
    }

    @Test
    void neighbouringIpv6NetworksStayApart() {
        assertThat(ClientNetwork.of("2001:db8:1:3::1")).isNotEqualTo(ClientNetwork.of("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6CountsAsThatIpv4Address() {
        assertThat(ClientNetwork.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientNetwork.of("0:0:0:0:0:ffff:cb00:7107")).isEqualTo("203.0.113.7");
    }

    @Test
    void loopbackAndOddInputAreKeptAsTheyCome() {
        assertThat(ClientNetwork.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientNetwork.of(null)).isEqualTo("unknown");
        assertThat(ClientNetwork.of(" ")).isEqualTo("unknown");
        assertThat(ClientNetwork.of("1:2:3")).isEqualTo("1:2:3");
        assertThat(ClientNetwork.of("1::2::3")).isEqualTo("1::2::3");
        assertThat(ClientNetwork.of("1.2:3::4")).isEqualTo("1.2:3::4");
        assertThat(ClientNetwork.of("::ffff:300.1.1.1")).isEqualTo("::ffff:300.1.1.1");
    }
}

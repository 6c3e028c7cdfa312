package fr.plume.tool.shared.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The network a client address stands for when requests are counted per client. An IPv6 host
 * usually holds a whole /64 (RFC 4291 §2.5.4 interface identifiers; SLAAC privacy addresses,
 * RFC 8981, change within it), so counting per address would let one person rotate through 2^64
 * of them: an IPv6 address counts as its /64. IPv4, and IPv4 written as IPv6, count per address.
 */
public final class ClientNetwork {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final int PREFIX_GROUPS = 4;

    private ClientNetwork() {
    }

    /** @param address the peer address as the server reports it (a literal, never a host name) */
    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        String unscoped = zone < 0 ? literal : literal.substring(0, zone);
        if (!unscoped.contains(":") || !IPV6_LITERAL.matcher(unscoped).matches()) {
            return literal;
        }
        try {
            // in brackets, the JDK parses it as an IPv6 literal or refuses it, never asks DNS
            InetAddress parsed = InetAddress.getByName("[" + unscoped + "]");
            return parsed instanceof Inet6Address ? prefix(parsed.getAddress()) : parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return literal;
        }
    }

    private static String prefix(byte[] bytes) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < PREFIX_GROUPS; i++) {
            prefix.append(Integer.toHexString(((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }
}

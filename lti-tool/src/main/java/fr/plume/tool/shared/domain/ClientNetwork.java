package fr.plume.tool.shared.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The network a client address stands for when requests are counted per client. An IPv6 host
 * usually holds a whole /64 (RFC 4291 §2.5.4 interface identifiers; SLAAC privacy addresses,
 * RFC 8981, change within it), so counting per address would let one person rotate through 2^64
 * of them: an IPv6 address counts as its /64. IPv4, and IPv4 written as IPv6, count per address.
 */
public final class ClientNetwork {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%.+)?");
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
        if (!literal.contains(":") || !IPV6_LITERAL.matcher(literal).matches()) {
            return literal;
        }
        int zone = literal.indexOf('%');
        int[] groups = groups(zone < 0 ? literal : literal.substring(0, zone));
        if (groups == null) {
            return literal;
        }
        if (isIpv4Mapped(groups)) {
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < PREFIX_GROUPS; i++) {
            prefix.append(Integer.toHexString(groups[i])).append(':');
        }
        return prefix.append(":/64").toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isIpv4Mapped(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return groups[5] == 0xffff;
    }

    /** The eight 16-bit groups of an IPv6 literal, or null when it is not one. */
    private static int[] groups(String literal) {
        String[] halves = literal.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        int[] head = parts(halves[0]);
        int[] tail = halves.length == 2 ? parts(halves[1]) : new int[0];
        if (head == null || tail == null || (halves.length == 1 && head.length != 8)
                || head.length + tail.length > (halves.length == 2 ? 7 : 8)) {
            return null;
        }
        int[] groups = new int[8];
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        return groups;
    }

    private static int[] parts(String half) {
        if (half.isEmpty()) {
            return new int[0];
        }
        String[] texts = half.split(":", -1);
        String last = texts[texts.length - 1];
        boolean dottedTail = last.contains(".");
        int[] parts = new int[texts.length + (dottedTail ? 1 : 0)];
        for (int i = 0; i < texts.length - (dottedTail ? 1 : 0); i++) {
            if (texts[i].isEmpty() || texts[i].length() > 4
                    || !texts[i].chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            parts[i] = Integer.parseInt(texts[i], 16);
        }
        if (dottedTail) {
            String[] octets = last.split("\\.", -1);
            if (octets.length != 4) {
                return null;
            }
            int[] value = new int[4];
            for (int i = 0; i < 4; i++) {
                if (octets[i].isEmpty() || octets[i].length() > 3 || !octets[i].chars().allMatch(Character::isDigit)) {
                    return null;
                }
                value[i] = Integer.parseInt(octets[i]);
                if (value[i] > 255) {
                    return null;
                }
            }
            parts[texts.length - 1] = (value[0] << 8) | value[1];
            parts[texts.length] = (value[2] << 8) | value[3];
        }
        return parts;
    }
}

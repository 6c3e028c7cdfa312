package fr.plume.tool.identity.domain;

import fr.plume.tool.shared.domain.ClientNetwork;
import java.util.Locale;

/**
 * What failed sign-ins are counted against: the account name as typed (whether or not it
 * exists, so a lock says nothing about which accounts exist) or the client address.
 */
public record SignInSubject(Kind kind, String value) {

    public enum Kind { ACCOUNT, ADDRESS }

    private static final int MAX_LENGTH = 100;

    /** The account name typed, trimmed and lower-cased so that "Admin" and "admin " count together. */
    public static SignInSubject account(String typed) {
        return new SignInSubject(Kind.ACCOUNT, bounded(typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT)));
    }

    /** The client's network: one IPv6 host rotating through its /64 still counts once. */
    public static SignInSubject address(String address) {
        return new SignInSubject(Kind.ADDRESS, bounded(ClientNetwork.of(address)));
    }

    /** The value for a log line: characters that could forge another line or field are replaced. */
    public String forLog() {
        return value.replaceAll("[^\\p{L}\\p{N}._@:/+-]", "?");
    }

    private static String bounded(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}

package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jose.Header;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;

/**
 * A JWS in compact serialization (RFC 7515 §7.1), split and Base64url-decoded with the JDK.
 * Nimbus parses the header and the claims; its own decoder is constant-time, which protects
 * secrets but made decoding this public, signed data the largest CPU cost of a launch.
 *
 * @param header       the protected header (a PlainHeader for {@code "alg":"none"})
 * @param signingInput the ASCII bytes the signature covers: header "." payload, as received
 * @param payload      the decoded payload (the claims JSON)
 * @param signature    the decoded signature, empty for an unsigned token
 */
record CompactJws(Header header, byte[] signingInput, byte[] payload, byte[] signature) {

    static CompactJws parse(String token) throws ParseException {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            throw new ParseException("not a compact JWS: three parts expected", 0);
        }
        try {
            Base64.Decoder base64url = Base64.getUrlDecoder();
            Header header = Header.parse(new String(base64url.decode(token.substring(0, first)), StandardCharsets.UTF_8));
            return new CompactJws(header, token.substring(0, second).getBytes(StandardCharsets.US_ASCII),
                    base64url.decode(token.substring(first + 1, second)), base64url.decode(token.substring(second + 1)));
        } catch (IllegalArgumentException e) {
            throw new ParseException("invalid Base64url in a JWS part", 0);
        }
    }

    String payloadJson() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}

package fr.plume.tool.certification.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bitstring of a W3C Bitstring Status List v1.0: bit {@code i} set means the credential at
 * index {@code i} is revoked. Index 0 is the left-most (most significant) bit of the first byte
 * (§4.2); the encoded list is the Multibase base64url (prefix {@code u}, no padding) of the GZIP
 * of the bits, at least 16 KB uncompressed so one entry hides among 131,072 (§6.1).
 */
public final class StatusBitstring {

    /** 16 KB: the minimum size the specification sets for group privacy. */
    public static final int MINIMUM_BITS = 131_072;

    private final byte[] bits;

    public StatusBitstring(int sizeBits) {
        if (sizeBits < MINIMUM_BITS || sizeBits % 8 != 0) {
            throw new IllegalArgumentException("a status list holds a multiple of 8 bits, at least " + MINIMUM_BITS);
        }
        this.bits = new byte[sizeBits / 8];
    }

    private StatusBitstring(byte[] bits) {
        this.bits = bits;
    }

    public int size() {
        return bits.length * 8;
    }

    public void set(int index) {
        bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }

    public boolean isSet(int index) {
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    public String encoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads an {@code encodedList} back, as a verifier does. */
    public static StatusBitstring decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("not a Multibase base64url value");
        }
        byte[] gzipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new StatusBitstring(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

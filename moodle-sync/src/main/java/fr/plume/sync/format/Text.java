package fr.plume.sync.format;

import java.text.Normalizer;

/** Canonical text: NFC, LF line ends, trimmed, never null. Hashes are computed over it. */
public final class Text {

    private Text() {
    }

    public static String canonical(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
    }

    /** Lower case without diacritics, for keyword matching only. */
    public static String folded(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT)
                .replace('’', '\'').replace("œ", "oe").replace("æ", "ae");
    }
}

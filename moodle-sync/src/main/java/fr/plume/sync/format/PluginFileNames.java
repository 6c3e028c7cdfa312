package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;

/**
 * Checks names of files embedded in questions ({@code <file name=… path=…>}, referenced as
 * {@code @@PLUGINFILE@@/name}). They are only ever labels, but a name built to escape a
 * directory shows a crafted file, which is refused whole.
 */
public final class PluginFileNames {

    private PluginFileNames() {
    }

    public static String checkName(String name) {
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")
                || name.equals(".") || name.equals("..") || hasControl(name)) {
            throw new HostileInputException(Phrase.of("file.badName", printable(name)));
        }
        return name;
    }

    public static String checkPath(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        if (!path.startsWith("/") || path.contains("\\") || hasControl(path)) {
            throw new HostileInputException(Phrase.of("file.badPath", printable(path)));
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                throw new HostileInputException(Phrase.of("file.badPath", printable(path)));
            }
        }
        return path;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String printable(String s) {
        String p = s.replaceAll("\\p{Cntrl}", "?");
        return p.length() > 80 ? p.substring(0, 80) + "…" : p;
    }
}

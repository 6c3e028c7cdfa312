package fr.plume.framework.content;

/** Something wrong in an item file, located by file name and JSON pointer (RFC 6901). */
public record ItemProblem(String file, String pointer, String message) {

    @Override
    public String toString() {
        return file + "#" + pointer + ": " + message;
    }
}

package fr.plume.framework.format;

/**
 * Keeps spreadsheet programs from running a CSV cell as a formula ("CSV injection"): a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets take as "this is text". {@link #restore} removes exactly that apostrophe, so a file read back gives
 * the original text. To keep that exact, a cell that already starts with apostrophes followed by one of those
 * characters gets one more apostrophe too. Every CSV writer applies {@link #neutralise} to every cell it writes,
 * and every CSV reader of such files {@link #restore} to every cell it reads.
 */
public final class CsvFormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFormulaGuard() {
    }

    public static String neutralise(String cell) {
        return needsApostrophe(cell, 0) ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        return cell.startsWith("'") && needsApostrophe(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text from {@code from} on is apostrophes (maybe none) followed by a formula start. */
    private static boolean needsApostrophe(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
    }
}

package org.taskforce.portal.export;

/**
 * Text the portal puts into a file people open in a spreadsheet (CSV exports, XLSX reports). A cell that starts like a
 * formula would run as one in Excel or LibreOffice (OWASP, "CSV Injection"): an agency named {@code =HYPERLINK(…)}
 * would become a live link or command. Such a cell gets a leading single quote, as OWASP advises.
 */
public final class SpreadsheetText {

    /** The first characters that make a spreadsheet read a cell as a formula: = + - @ tab carriage return. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The cell as it is, or with a leading single quote if a spreadsheet would run it as a formula. */
    public static String neutralised(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

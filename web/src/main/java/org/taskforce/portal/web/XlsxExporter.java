package org.taskforce.portal.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.EnumSet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.ExcelOptions;

/**
 * The Excel (XLSX) exporter of every table, {@code <p:dataExporter type="xlsx">}: the same columns and texts as the
 * CSV export, one row per row of the table (as filtered and sorted), the headers in bold and frozen. Written with
 * fastexcel, which the portal already uses for the liaisons' reports, instead of Apache POI, which PrimeFaces' own XLSX
 * exporter needs and the portal does not ship. Every cell is a text cell: a spreadsheet never runs a text cell as a
 * formula, so cells need no neutralising here (the CSV's leading quote would only change the value).
 *
 * <p>{@link SafeCsvExporter.Registration} makes it the exporter of {@code type="xlsx"} for every data table.
 */
public class XlsxExporter extends DataTableExporter<Worksheet, ExcelOptions> {

    private Workbook workbook;

    /** The line the next row's cells go to (0 holds the headers). */
    private int line;

    /** Whether the current row has a cell yet: a row ends a line only then. */
    private boolean lineStarted;

    public XlsxExporter() {
        super(new ExcelOptions(), EnumSet.of(FacetType.COLUMN), false);
    }

    @Override
    protected Worksheet createDocument(FacesContext context) throws IOException {
        workbook = new Workbook(os(), "Task Force Portal", "1.0");
        line = 1;
        lineStarted = false;
        Worksheet sheet = workbook.newWorksheet("Portal");
        sheet.freezePane(0, 1);
        return sheet;
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        document.value(0, index, text(value));
        document.style(0, index).bold().set();
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
            int index) {
        document.value(line, index, text(value));
        lineStarted = true;
    }

    @Override
    protected void postRowExport(FacesContext context, DataTable table) {
        if (lineStarted) {
            line++;
            lineStarted = false;
        }
    }

    @Override
    protected void postExport(FacesContext context) throws IOException {
        workbook.finish();
        workbook = null;
    }

    @Override
    public String getContentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String getFileExtension() {
        return ".xlsx";
    }

    private static String text(ColumnValue value) {
        return value == null || value.toString() == null ? "" : value.toString();
    }
}

package org.taskforce.portal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import org.taskforce.portal.export.SpreadsheetText;

/**
 * The CSV exporter of every table: PrimeFaces' own, except that a cell a spreadsheet would run as a formula is
 * written as text. People open the portal's exports in Excel or LibreOffice, and an agency named
 * {@code =HYPERLINK(…)} would otherwise become a live link or command there (OWASP, "CSV Injection"): such a cell gets
 * a leading single quote, and PrimeFaces quotes every field and doubles the quotes inside it, as OWASP advises too.
 *
 * <p>{@link Registration} (a phase listener in faces-config.xml) makes it the exporter of
 * {@code <p:dataExporter type="csv">} for every data table, so a page added later cannot forget it.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    /**
     * The cell as it is, or with a leading single quote if a spreadsheet would run it as a formula (the rule of every
     * file for spreadsheets, {@link SpreadsheetText}).
     */
    public static String neutralised(String cell) {
        return SpreadsheetText.neutralised(cell);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
            int index) {
        super.exportCellValue(context, table, column, neutralised(value), index);
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        super.exportColumnFacetValue(context, table, neutralised(value), index);
    }

    private static ColumnValue neutralised(ColumnValue value) {
        return ColumnValue.of(neutralised(value.toString()));
    }

    /**
     * Makes this the exporter of {@code type="csv"}, and {@link XlsxExporter} that of {@code type="xlsx"}, before the first request is served. Not at Faces' start-up (a
     * {@code PostConstructApplicationEvent}, as PrimeFaces' documentation suggests): registering makes PrimeFaces build
     * its application context then, which asks the servlet context for its session cookie settings, and Payara refuses
     * that to a listener it did not find in web.xml, so the portal would not deploy.
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;

        private static volatile boolean registered;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!registered) {
                synchronized (Registration.class) {
                    if (!registered) {
                        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                        DataExporters.register(DataTable.class, XlsxExporter.class, "xlsx");
                        registered = true;
                    }
                }
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // registered before the phase
        }
    }
}

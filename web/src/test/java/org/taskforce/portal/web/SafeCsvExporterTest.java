package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.ExportConfiguration;

/** A cell a spreadsheet would run as a formula is exported as text; every other cell as it is. */
class SafeCsvExporterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1,2)",
            "\t=1+1", "\r=1+1", "=", "-"})
    void aFormulaGetsALeadingQuote(String cell) {
        assertEquals("'" + cell, SafeCsvExporter.neutralised(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Fiscalía", "lun 23 nov 2026 08:26", "a=b", "x+1", "ana@demo.example",
            "'=1+1", "5", "Mesa Regional Alto Paraná – Ciudad del Este"})
    void anyOtherCellStaysAsItIs(String cell) {
        assertEquals(cell, SafeCsvExporter.neutralised(cell));
    }

    @Test
    void aRowIsWrittenWithItsFormulaCellsAsText() {
        StringWriter written = new StringWriter();
        PrintWriter writer = new PrintWriter(written);
        SafeCsvExporter exporter = new SafeCsvExporter() {
            {
                document = writer;
                exportConfiguration = new ExportConfiguration();
            }
        };

        exporter.exportColumnFacetValue(null, null, ColumnValue.of("=Nombre"), 0);
        exporter.exportCellValue(null, null, null, ColumnValue.of("=HYPERLINK(\"http://x\",\"y\")"), 0);
        exporter.exportCellValue(null, null, null, ColumnValue.of("Fiscalía"), 1);
        exporter.exportCellValue(null, null, null, ColumnValue.of(null), 2);
        writer.flush();

        assertEquals("\"'=Nombre\"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"Fiscalía\",\"\"",
                written.toString());
    }

    @Test
    void noValueStaysNoValue() {
        assertNull(SafeCsvExporter.neutralised(null));
    }
}

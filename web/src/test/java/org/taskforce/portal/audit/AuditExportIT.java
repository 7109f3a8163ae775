package org.taskforce.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.adversarial.FacesPostback;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * A coordinator downloads their task force's audit trail as CSV, with the translated column names and the events
 * the screen shows (the adversarial suite proves that another task force's events never appear in it).
 */
class AuditExportIT {

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void aCoordinatorExportsTheTrailOfTheirTaskForceAsCsv() throws Exception {
        BrowserlessSession carlos = new BrowserlessSession(portalUrl);
        assertEquals(200, carlos.signIn("carlos.rojas", "demo-Identify-2026").statusCode());

        HttpResponse<String> csv = FacesPostback.submit(carlos, "/taskforce/audit.xhtml", "audit",
                "audit:events:exportCsv", Map.of());

        assertEquals(200, csv.statusCode(), csv::body);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers()::toString);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("audit-trail"),
                csv.headers()::toString);
        String header = csv.body().lines().findFirst().orElse("");
        assertTrue(header.contains("Cuándo") && header.contains("Quién") && header.contains("Resultado"), header);
        assertTrue(csv.body().lines()
                .anyMatch(line -> line.contains("\"Carlos Rojas\"") && line.contains("Entró a la mesa")
                        && line.contains("Mesa: Mesa Regional Alto Paraná")), csv::body);
    }

    /** The search the adversarial suite replays with another task force's data, here with the person's own. */
    @Test
    void theTrailSearchFindsTheCoordinatorsOwnEvents() throws Exception {
        BrowserlessSession carlos = new BrowserlessSession(portalUrl);
        assertEquals(200, carlos.signIn("carlos.rojas", "demo-Identify-2026").statusCode());

        HttpResponse<String> found = search(carlos, "carlos.rojas");
        HttpResponse<String> foundByName = search(carlos, "Carlos Roj");
        HttpResponse<String> nothing = search(carlos, "nobody-by-that-name");

        assertEquals(200, found.statusCode(), found::body);
        assertTrue(found.body().startsWith("<?xml") && found.body().contains("<partial-response"), found::body);
        assertTrue(found.body().contains("Carlos Rojas") && !found.body().contains("<error>"), found::body);
        assertTrue(foundByName.body().contains("Carlos Rojas") && !foundByName.body().contains("<error>"),
                foundByName::body);
        assertTrue(!nothing.body().contains("Carlos Rojas") && !nothing.body().contains("<error>"), nothing::body);
    }

    private static HttpResponse<String> search(BrowserlessSession session, String text) throws Exception {
        return FacesPostback.send(session, "/taskforce/audit.xhtml", "audit", "audit:events", "filter", Map.of(
                "audit:events_filtering", "true", "audit:events_encodeFeature", "true",
                "audit:events:globalFilter", text));
    }
}

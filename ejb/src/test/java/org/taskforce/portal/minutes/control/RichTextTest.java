package org.taskforce.portal.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the notes keep and what they lose: structure pasted from Word or a web page stays, and nothing of a corpus of
 * script, handler, URL, SVG, CSS and markup-confusion payloads survives in a form a browser would run.
 */
class RichTextTest {

    /** What must never be in the stored notes: an element, attribute or URL that can run something or load it. */
    private static final Pattern ACTIVE = Pattern.compile(
            "<\\s*(script|svg|math|iframe|frame|object|embed|style|link|meta|base|form|input|button|img|video|audio"
                    + "|source|template|xml|body|html|details|marquee|isindex|textarea|select)\\b"
                    + "|\\son[a-z]+\\s*=|javascript:|vbscript:|data:|expression\\s*\\(|\\sstyle\\s*=|\\ssrcdoc\\s*=",
            Pattern.CASE_INSENSITIVE);

    /**
     * At least fifty payloads of the kinds people (and attackers) paste, one per line of {@code xss-corpus.txt} (next to
     * this class in the test resources; the browser's XSS test in the web module types the same ones).
     */
    static final List<String> CORPUS = corpus();

    private static List<String> corpus() {
        try (InputStream in = RichTextTest.class.getResourceAsStream("xss-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHasAtLeastFiftyPayloads() {
        assertTrue(CORPUS.size() >= 50, "only " + CORPUS.size());
    }

    @Test
    void nothingOfTheCorpusSurvivesInARunnableForm() {
        for (String payload : CORPUS) {
            String clean = RichText.sanitise("<p>Caso AP-12</p>" + payload);
            assertFalse(clean != null && ACTIVE.matcher(clean).find(), () -> payload + " → " + clean);
            String lower = clean == null ? "" : clean.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("<script") || lower.contains("onerror") || lower.contains("onload"),
                    () -> payload + " → " + clean);
        }
    }

    @Test
    void structurePastedFromWordOrTheWebIsKept() {
        String clean = RichText.sanitise("<h2>Resumen</h2><p><b>Caso</b> <i>AP-12</i> <u>urgente</u></p>"
                + "<ol><li>uno</li></ol><ul><li>dos</li></ul><blockquote>cita</blockquote>"
                + "<p class=\"ql-align-center\">centrado</p><a href=\"https://example.org/a?b=1\">informe</a>");
        assertTrue(clean.contains("<h2>Resumen</h2>"), clean);
        assertTrue(clean.contains("<b>Caso</b>") && clean.contains("<i>AP-12</i>") && clean.contains("<u>urgente</u>"),
                clean);
        assertTrue(clean.contains("<ol><li>uno</li></ol>") && clean.contains("<ul><li>dos</li></ul>"), clean);
        assertTrue(clean.contains("class=\"ql-align-center\""), clean);
        assertTrue(clean.contains("href=\"https://example.org/a?b&#61;1\"") || clean.contains("href=\"https://example.org/a?b=1\""),
                clean);
        assertTrue(clean.contains("rel=\"noopener noreferrer nofollow\""), clean);
    }

    @Test
    void emptyNotesAreNone() {
        assertNull(RichText.sanitise("  "));
        assertNull(RichText.sanitise("<p><br></p>"));
        assertNull(RichText.sanitise("<script>alert(1)</script>"));
    }

    @Test
    void sizeIsCountedInBytesAsTheDatabaseCountsThem() {
        assertEquals(2, RichText.bytes("ñ"));
        assertEquals("a < b & c", RichText.plain("<p>a &lt; b &amp; c</p>"));
    }
}

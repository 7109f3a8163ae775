package org.taskforce.portal.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** At least fifty payloads of the kinds people (and attackers) paste. */
    static final List<String> CORPUS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=http://x/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"javascript:alert(1)\">",
            "<IMG SRC=JaVaScRiPt:alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<body onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
            "<a href=\"https://example.org\" onmouseover=alert(1)>x</a>",
            "<p onclick=\"alert(1)\">x</p>",
            "<div onmouseover=\"alert(1)\">x</div>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<p style=\"width:expression(alert(1))\">x</p>",
            "<style>@import 'http://x/x.css';</style>",
            "<style>body{background:url(\"javascript:alert(1)\")}</style>",
            "<link rel=stylesheet href=\"http://x/x.css\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<input onfocus=alert(1) autofocus>",
            "<select onfocus=alert(1) autofocus>",
            "<textarea onfocus=alert(1) autofocus>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<audio src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<marquee onstart=alert(1)>",
            "<isindex action=javascript:alert(1) type=image>",
            "<template><script>alert(1)</script></template>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><script>alert(1)</script>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "<<script>alert(1);//<</script>",
            "<img src=`x`onerror=alert(1)>",
            "<img/src=x/onerror=alert(1)>",
            "<span class=\"ql-align-center\" onclick=alert(1)>x</span>",
            "<p class=\"x onclick=alert(1)\">x</p>",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
            "<div style=\"behavior:url(x.htc)\">x</div>",
            "<h1><a href=\"https://example.org\" target=\"_self\" onfocus=alert(1)>x</a></h1>");

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

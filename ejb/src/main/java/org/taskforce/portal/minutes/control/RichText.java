package org.taskforce.portal.minutes.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The discussion notes of an agenda item as the portal keeps them: HTML through an allow-list (OWASP Java HTML
 * Sanitizer), so that text pasted from Word or a web page keeps its structure (paragraphs, headings, lists, bold,
 * italics, underline, strike-through, quotes, code, links) and loses everything active: scripts, event handlers,
 * styles, SVG, frames, forms, images, and any link that is not http, https or mailto. Links open in a new tab
 * without giving it the portal's window ({@code rel="noopener noreferrer nofollow"}). The editor's own classes
 * ({@code ql-align-center}, {@code ql-indent-1}...) are kept, nothing else.
 *
 * <p>Sanitising runs on the server on every save, whatever the browser sent; the page shows the stored text as is.
 */
public final class RichText {

    /** The editor's (Quill's) layout classes: alignment, indentation, direction, code blocks. */
    private static final Pattern EDITOR_CLASS =
            Pattern.compile("^(ql-(align|indent|direction)-[a-z0-9]{1,12}|ql-syntax)"
                    + "( ql-(align|indent|direction)-[a-z0-9]{1,12})*$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h1", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "strike", "sub",
                    "sup", "ol", "ul", "li", "blockquote", "pre", "code", "span", "a")
            .allowAttributes("class").matching(EDITOR_CLASS)
            .onElements("p", "li", "h1", "h2", "h3", "h4", "pre", "blockquote", "ol", "ul")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("target").matching(Pattern.compile("^_blank$")).onElements("a")
            .toFactory();

    private RichText() {
    }

    /** The HTML with only what the allow-list keeps; {@code null} for nothing but white space or empty paragraphs. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html).strip();
        String visible = clean.replaceAll("<[^>]*>", "").replace("&nbsp;", "").replace("&#160;", "").strip();
        return visible.isEmpty() ? null : clean;
    }

    /** The size of the text in bytes of UTF-8, as the database's limit counts it. */
    public static int bytes(String html) {
        return html == null ? 0 : html.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The words of the notes without markup (for exports and names): tags dropped, entities decoded. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)<br\\s*/?>|</(p|li|h[1-4]|blockquote|pre)>", "\n").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#64;", "@").replace("&#61;", "=").replace("&#43;", "+")
                .replace("&#96;", "`").replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }
}

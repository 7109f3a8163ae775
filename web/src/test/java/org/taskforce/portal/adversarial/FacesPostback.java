package org.taskforce.portal.adversarial;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * Replays a Faces postback with fields an attacker chose: opens the page as the attacker (so the view, its ViewState
 * and its Content-Security-Policy nonce are theirs, as in a real session), then posts the form with the given fields,
 * as PrimeFaces would send an ajax event, a filter or a button click.
 */
public final class FacesPostback {

    /** PrimeFaces' Content-Security-Policy nonce of the page, which its scripts send back with every postback. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private FacesPostback() {
    }

    /**
     * @param page the page, path from the portal's root
     * @param form the id of the form to post
     * @param source the component that "sent" the request (the button, the table, the schedule)
     * @param event the ajax behaviour event ({@code filter}, {@code eventSelect}…), or {@code null} for an action
     * @param fields the fields to post besides the ViewState, the form id and the Faces ajax parameters
     */
    public static HttpResponse<String> send(BrowserlessSession session, String page, String form, String source,
            String event, Map<String, String> fields) throws Exception {
        return post(session, page, form, source, event, fields, true);
    }

    /**
     * Submits a form as a full (non-ajax) request, as a button with {@code ajax="false"} does: downloads and exports.
     *
     * @param button the id of the button pressed
     */
    public static HttpResponse<String> submit(BrowserlessSession session, String page, String form, String button,
            Map<String, String> fields) throws Exception {
        return post(session, page, form, button, null, fields, false);
    }

    /**
     * Sends a form's fields by ajax with the ViewState of a page opened earlier, as a browser tab left open does after
     * the person switched task force in another tab. The whole form is processed, as a button with
     * {@code process="@form"} asks.
     *
     * @param opened the answer that carried the page, with its ViewState
     */
    public static HttpResponse<String> sendFrom(HttpResponse<String> opened, BrowserlessSession session, String page,
            String form, String source, Map<String, String> fields) throws Exception {
        Map<String, String> processingTheForm = new LinkedHashMap<>(fields);
        processingTheForm.put("jakarta.faces.partial.execute", form);
        return post(opened, session, page, form, source, null, processingTheForm, true);
    }

    /**
     * Sends an ajax event or a button's click with the ViewState of a page opened earlier, processing only the source,
     * as PrimeFaces does for a click in the rows a table's search left (the search sent the same way before it).
     *
     * @param opened the answer that carried the page, with its ViewState
     * @param event the ajax behaviour event, or {@code null} for a button's action
     */
    public static HttpResponse<String> followUp(HttpResponse<String> opened, BrowserlessSession session, String page,
            String form, String source, String event, Map<String, String> fields) throws Exception {
        return post(opened, session, page, form, source, event, fields, true);
    }

    private static HttpResponse<String> post(BrowserlessSession session, String page, String form, String source,
            String event, Map<String, String> fields, boolean ajax) throws Exception {
        return post(session.get(page), session, page, form, source, event, fields, ajax);
    }

    /**
     * Presses a button of a form that downloads a file ({@code ajax="false"} with {@code p:fileDownload}), as
     * {@link #submit} does, and takes the answer as bytes; empty if the page has no form for this person (the
     * page's own answer, refused or without the form, is then in {@code refused}).
     */
    public static Download download(BrowserlessSession session, String page, String form, String button,
            Map<String, String> fields) throws Exception {
        HttpResponse<String> opened = session.get(page);
        Map<String, String> post = formFields(opened, form);
        if (post == null) {
            return new Download(opened, null);
        }
        post.put(button, button);
        post.putAll(fields);
        return new Download(opened, session.postForFile(page.replaceAll("\\?.*", ""), post));
    }

    /**
     * What a download brought: the page it was asked from, and the file's answer ({@code null} when the page had no
     * form to ask it with).
     */
    public record Download(HttpResponse<String> page, HttpResponse<byte[]> file) {
    }

    /** The ViewState, form id and nonce a postback of the opened page's form sends; {@code null} without a form. */
    private static Map<String, String> formFields(HttpResponse<String> opened, String form) {
        Matcher viewState = VIEW_STATE.matcher(opened.body());
        if (!viewState.find()) {
            return null;
        }
        Map<String, String> post = new LinkedHashMap<>();
        post.put(form, form);
        post.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = CSP_NONCE.matcher(opened.body());
        if (nonce.find()) {
            post.put("primefaces.nonce", nonce.group(1));
        }
        return post;
    }

    private static HttpResponse<String> post(HttpResponse<String> opened, BrowserlessSession session, String page,
            String form, String source, String event, Map<String, String> fields, boolean ajax) throws Exception {
        Map<String, String> post = formFields(opened, form);
        if (post == null) {
            return opened; // no form for this person: the page itself answered (refused, or without the form)
        }
        if (!ajax) {
            post.put(source, source);
            post.putAll(fields);
            return session.post(page.replaceAll("\\?.*", ""), post, false);
        }
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", source);
        post.put("jakarta.faces.partial.execute", source);
        post.put("jakarta.faces.partial.render", form);
        if (event != null) {
            post.put("jakarta.faces.behavior.event", event);
            post.put("jakarta.faces.partial.event", event);
        } else {
            post.put(source, source); // as PrimeFaces' ajax does for a button: how the button knows it was pressed
        }
        post.putAll(fields);
        return session.post(page.replaceAll("\\?.*", ""), post, true);
    }
}

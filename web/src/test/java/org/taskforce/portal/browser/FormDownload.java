package org.taskforce.portal.browser;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A file that a form's non-ajax button or link downloads (PrimeFaces posts the form with the pressed component's id),
 * fetched by the page itself with its own session and Content-Security-Policy nonce: headless Chromium saves no
 * download where a test could read it.
 *
 * @param status the answer's HTTP status
 * @param contentType its {@code Content-Type}
 * @param disposition its {@code Content-Disposition} (the file's name)
 * @param bytes the file
 */
record FormDownload(int status, String contentType, String disposition, byte[] bytes) {

    /** Presses the component ({@code form:button}) of the form as the browser's own submission would send it. */
    static FormDownload press(Browser browser, String formId, String componentId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const form = document.getElementById(arguments[0]);
                        const data = new URLSearchParams(new FormData(form));
                        data.append(arguments[1], arguments[1]);
                        if (!data.has('primefaces.nonce') && window.PrimeFaces && PrimeFaces.csp
                                && PrimeFaces.csp.NONCE_VALUE) {
                            data.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);
                        }
                        fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                            .then(response => response.arrayBuffer().then(buffer => {
                                let text = '';
                                new Uint8Array(buffer).forEach(b => text += String.fromCharCode(b));
                                done({status: response.status, type: response.headers.get('Content-Type') || '',
                                      disposition: response.headers.get('Content-Disposition') || '',
                                      body: btoa(text)});
                            }))
                            .catch(error => done({status: -1, type: String(error), disposition: '', body: ''}));""",
                        formId, componentId);
        return new FormDownload(((Number) answer.get("status")).intValue(), (String) answer.get("type"),
                (String) answer.get("disposition"), Base64.getDecoder().decode((String) answer.get("body")));
    }

    /** Whether the portal answered with a file of this type ({@code application/pdf}…). */
    boolean is(String type) {
        return status == 200 && contentType.startsWith(type);
    }

    /** The text of every page, for a PDF. */
    String pdfText() {
        try {
            PdfReader reader = new PdfReader(bytes);
            StringBuilder text = new StringBuilder();
            for (int number = 1; number <= reader.getNumberOfPages(); number++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(number)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

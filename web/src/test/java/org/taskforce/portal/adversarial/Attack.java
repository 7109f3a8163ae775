package org.taskforce.portal.adversarial;

import java.net.http.HttpResponse;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * One way a person of another task force might reach a planted record: a page with its id in the URL, a replayed ajax
 * postback naming it, a feed or export URL.
 *
 * @param name what the attempt is, for the report ({@code "GET calendar/event.xhtml?id="})
 * @param expectation what a safe portal answers
 * @param request sends the attempt in the attacker's session and returns the portal's answer
 */
public record Attack(String name, Expectation expectation, Request request) {

    /** What a safe portal answers to an attempt. Whatever it answers, the record's row must not change. */
    public enum Expectation {
        /** 403 or 404, and nothing of the record in the body. */
        REFUSED,
        /** Any answer (a list page, say, opens normally) without the record's marker in it. */
        NOT_SHOWN
    }

    @FunctionalInterface
    public interface Request {
        HttpResponse<String> send(BrowserlessSession attacker, Planted target) throws Exception;
    }

    public static Attack refused(String name, Request request) {
        return new Attack(name, Expectation.REFUSED, request);
    }

    public static Attack notShown(String name, Request request) {
        return new Attack(name, Expectation.NOT_SHOWN, request);
    }
}

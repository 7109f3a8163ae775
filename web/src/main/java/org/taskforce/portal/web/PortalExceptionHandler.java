package org.taskforce.portal.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * The one place where an exception of a Faces request becomes what the person sees; beans do not catch what the
 * services throw. A request no page sends (an altered page, a forged request) opens the page afresh or is answered
 * 400. A refusal (not found,
 * not allowed, conflict, invalid input, Keycloak down) is answered by
 * {@link Refusals}: the error page for a page opened by a link, a message on the page for an action. Anything else is
 * an error: OmniFaces' {@link FullAjaxExceptionHandler} renders the error page ({@code /error.xhtml}, which explains
 * it and logs it under a reference, see {@link ErrorPage}) for an ajax request too, so that an ajax answer never
 * names an exception class; a full request goes to the same page through {@code web.xml}.
 *
 * <p>Registered in {@code faces-config.xml} through {@link Factory}.
 */
public class PortalExceptionHandler extends FullAjaxExceptionHandler {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable exception = events.next().getContext().getException();
                if (isBrokenRequest(exception) && answerBadRequest(context, exception)
                        || CDI.current().select(Refusals.class).get().answer(context, exception)) {
                    events.remove();
                }
            }
        }
        super.handle();
    }

    /**
     * A request no page of the portal sends: a postback without the page's Content-Security-Policy nonce, a table
     * asked for a page size it does not offer. It comes from an altered page or a forged request, and is logged as a
     * warning, not as an error of the portal.
     */
    static boolean isBrokenRequest(Throwable exception) {
        return cspFailure(exception) || cause(exception, cause -> cause instanceof IllegalArgumentException
                && cause.getStackTrace().length > 0
                && cause.getStackTrace()[0].getClassName().startsWith("org.primefaces.component.api.UIPageable"));
    }

    private static boolean cspFailure(Throwable exception) {
        return cause(exception, cause -> cause.getClass().getName().equals("org.primefaces.csp.CspException"));
    }

    private static boolean cause(Throwable exception, Predicate<Throwable> test) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * With another view's nonce the page itself cannot be drawn again (nor the error page in the same request), so
     * the browser is sent to open the page afresh, as a person with an old tab would (a postback without any nonce
     * does not get this far: {@code SignInFilter} sends it there); anything else broken is answered 400 with the
     * error page.
     */
    private static boolean answerBadRequest(FacesContext context, Throwable exception) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        LOG.log(Level.WARNING, "A request no page sends was refused: {0}", rootCause(exception));
        try {
            external.responseReset();
            if (cspFailure(exception)) {
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                Object page = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI); // when drawing the error page
                external.redirect(page instanceof String uri ? uri : request.getRequestURI());
            } else {
                external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    private static String rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /**
     * The error page logs what it shows, with the reference it gives the person ({@link ErrorPage}); OmniFaces' own
     * log line would say it again without it. What the error page cannot show is still logged.
     */
    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        if (reason == LogReason.RENDER_EXCEPTION_UNHANDLED || reason == LogReason.ERROR_PAGE_ERROR) {
            super.logException(context, exception, location, reason);
        }
    }

    /** Makes the portal's handler the application's. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PortalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}

package org.taskforce.portal.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
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

/**
 * The one place where an exception of a Faces request becomes what the person sees; beans do not catch what the
 * services throw. A request no page sends (an altered page, a forged request) opens the page afresh or is answered
 * 400. A refusal (not found, not allowed, conflict, invalid input, Keycloak down) is answered by {@link Refusals}: the
 * error page for a page opened by a link, a message on the page for an action. Anything else is an error, logged
 * under a reference: an ajax request sends the browser to the error page with it ({@link ErrorPage#location}), so
 * that no ajax answer ever names an exception; a full request reaches the same page through {@code web.xml}.
 *
 * <p>Not OmniFaces' {@code FullAjaxExceptionHandler}: in the EAR on Payara Server, OmniFaces 4.7.1 refuses to start
 * because it finds PrimeFaces' resource handler twice among the application's {@code faces-config.xml} files.
 * Registered in {@code faces-config.xml} through {@link Factory}.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

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
                if (exception instanceof AbortProcessingException) {
                    continue;
                }
                if (isBrokenRequest(exception) && answerBadRequest(context, exception)
                        || CDI.current().select(Refusals.class).get().answer(context, exception)
                        || context.getPartialViewContext().isAjaxRequest() && answerAjaxError(context, exception)) {
                    events.remove();
                }
            }
        }
        getWrapped().handle();
    }

    /** Sends the browser of a failed ajax request to the error page, with what kind of error it was and its reference. */
    private static boolean answerAjaxError(FacesContext context, Throwable exception) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        ErrorPage.Kind kind = ErrorPage.classify(exception, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        String reference = ErrorPage.logged(kind, exception);
        try {
            external.responseReset();
            external.redirect(ErrorPage.location(external.getRequestContextPath(), kind, reference));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    /**
     * A request no page of the portal can answer as it is: a page whose view is stale, a table asked for a page size
     * it does not offer. It comes from an altered page or a forged request, and is logged as a
     * warning, not as an error of the portal.
     */
    static boolean isBrokenRequest(Throwable exception) {
        return staleView(exception) || cause(exception, cause -> cause instanceof IllegalArgumentException
                && cause.getStackTrace().length > 0
                && cause.getStackTrace()[0].getClassName().startsWith("org.primefaces.component.api.UIPageable"));
    }

    /**
     * A page that cannot be drawn again as it was: its view is gone (the session expired, or the server never made
     * it) or it came back with another view's nonce.
     */
    private static boolean staleView(Throwable exception) {
        return cause(exception, cause -> cause instanceof ViewExpiredException
                || cause.getClass().getName().equals("org.primefaces.csp.CspException"));
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
            if (staleView(exception)) {
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

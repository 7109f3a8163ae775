package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.problem.NotAllowedException;
import org.taskforce.portal.problem.NotFoundException;
import org.taskforce.portal.provisioning.boundary.DirectoryUnavailableException;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.tenancy.CurrentTaskForce;

/**
 * Backs {@code /error.xhtml}, the one page every error lands on. It tells the person what happened in words they can
 * act on (not allowed, not found, the database or the sign-in service is unreachable, something else) and never shows
 * a stack trace; the trace goes to the server log under a reference the person can quote.
 */
@RequestScoped
@Named("errorPage")
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    /** Request attribute by which code that sends an error status can say which kind it is. */
    public static final String KIND_ATTRIBUTE = ErrorPage.class.getName() + ".kind";

    /** The kinds of error the page explains; each has {@code error.<kind>.title} and {@code .text} in the bundle. */
    public enum Kind {
        SIGN_IN_FAILED, BAD_REQUEST, FORBIDDEN, NOT_FOUND, DATABASE, IDENTITY_PROVIDER, INTERNAL;

        public String key() {
            return "error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Inject
    Caller caller;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    AuditTrail auditTrail;

    private Kind kind;
    private String reference;

    public Kind getKind() {
        if (kind == null) {
            classify();
        }
        return kind;
    }

    /** A short reference to quote to an administrator, also written to the log with the cause. */
    public String getReference() {
        getKind();
        return reference;
    }

    private void classify() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> request = external.getRequestMap();
        Throwable error = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
        Integer status = (Integer) request.get(RequestDispatcher.ERROR_STATUS_CODE);
        Object told = request.get(KIND_ATTRIBUTE);
        kind = told instanceof Kind toldKind ? toldKind : classify(error, status == null ? 500 : status);
        if (error == null && status == null && told == null) {
            afterAjax(external.getRequestParameterMap()); // sent here by an ajax request that failed
        }
        if (kind == Kind.DATABASE || kind == Kind.IDENTITY_PROVIDER) {
            external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        if (kind == Kind.FORBIDDEN) {
            external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            auditDenied((String) request.get(RequestDispatcher.ERROR_REQUEST_URI));
        }
        if (error != null && kind != Kind.FORBIDDEN) {
            reference = logged(kind, error);
        }
    }

    /**
     * The kind and reference an ajax request that failed sends the browser here with ({@link #location}); only the
     * kinds an error can have, and a reference of the form {@link #logged} makes, are taken.
     */
    private void afterAjax(Map<String, String> parameters) {
        String told = parameters.get("kind");
        for (Kind candidate : EnumSet.of(Kind.DATABASE, Kind.IDENTITY_PROVIDER, Kind.INTERNAL)) {
            if (candidate.name().equals(told)) {
                kind = candidate;
            }
        }
        String quoted = parameters.get("reference");
        if (quoted != null && quoted.matches("[0-9A-Z]{1,12}")) {
            reference = quoted;
        }
    }

    /** Logs an error under a new short reference that the person can quote, and returns the reference. */
    public static String logged(Kind kind, Throwable error) {
        String reference = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        LOG.log(Level.SEVERE, "Error page shown, reference " + reference + ", kind " + kind, error);
        return reference;
    }

    /** Where the browser goes after an ajax request failed with an error of this kind, logged under the reference. */
    public static String location(String contextPath, Kind kind, String reference) {
        return contextPath + "/error.xhtml?kind=" + kind.name() + "&reference=" + reference;
    }

    /** Records a refused page in the audit trail of the person's current task force (or outside any). */
    private void auditDenied(String page) {
        if (!caller.isSignedIn()) {
            return;
        }
        try {
            Long taskForce = currentTaskForce.id().isPresent() ? currentTaskForce.id().getAsLong() : null;
            auditTrail.recordDenied(taskForce, AuditAction.ACCESS_DENIED, "Page", page);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit a refused page", e);
        }
    }

    /** Decides the kind of an error from its status code and the chain of causes. */
    public static Kind classify(Throwable error, int status) {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            return Kind.SIGN_IN_FAILED;
        }
        if (status == HttpServletResponse.SC_BAD_REQUEST) {
            return Kind.BAD_REQUEST;
        }
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            return Kind.FORBIDDEN;
        }
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return Kind.NOT_FOUND;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotAllowedException) {
                return Kind.FORBIDDEN;
            }
            if (cause instanceof NotFoundException) {
                return Kind.NOT_FOUND;
            }
            if (cause instanceof DirectoryUnavailableException) {
                return Kind.IDENTITY_PROVIDER;
            }
            if (isDatabase(cause)) {
                return Kind.DATABASE;
            }
            if (isIdentityProvider(cause)) {
                return Kind.IDENTITY_PROVIDER;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Kind.INTERNAL;
    }

    private static boolean isDatabase(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        String type = cause.getClass().getName();
        // The pool says so when it cannot hand out a connection at all.
        return type.endsWith("PoolingException") || type.equals("jakarta.resource.ResourceException")
                || type.endsWith(".DatabaseException") && String.valueOf(cause.getMessage()).contains("connection");
    }

    private static boolean isIdentityProvider(Throwable cause) {
        boolean unreachable = cause instanceof IOException
                || cause.getClass().getName().equals("jakarta.ws.rs.ProcessingException");
        if (!unreachable) {
            return false;
        }
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("org.glassfish.soteria.mechanisms")) {
                return true;
            }
        }
        return false;
    }
}

package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.NotAllowedException;
import org.taskforce.portal.problem.PortalException;
import org.taskforce.portal.provisioning.boundary.DirectoryException;
import org.taskforce.portal.provisioning.boundary.DirectoryFailure;
import org.taskforce.portal.provisioning.boundary.InvitationMailException;
import org.taskforce.portal.tenancy.CurrentTaskForce;

/**
 * What the person is told when a service refused what they asked, in one place for every page ({@link
 * PortalExceptionHandler} asks it first about every exception of a request).
 *
 * <p>A page opened by a link (a GET) answers with the error page: 404 for what is not found or not valid, 403 for what
 * is not allowed. An action on a page (a postback, ajax or not) keeps the page and what was typed, marks the request
 * as failed (so a dialog stays open) and says why: on the field concerned when there is one (the field's id in the
 * submitted form is the name the service used: a record component or a parameter, see
 * {@code problem.InputRefusal}), for the whole form otherwise. Keycloak failing or refusing is told as such: nothing
 * was changed, try again.
 * A refused action is audited, as a refused page is.
 */
@RequestScoped
public class Refusals {

    @Inject
    Messages messages;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentTaskForce currentTaskForce;

    /**
     * Answers the exception if it is a refusal: a service's {@link PortalException} or Keycloak's
     * {@link DirectoryFailure}, wrapped or not.
     *
     * @return whether it was answered here; if not, it is an error, for the error page
     */
    public boolean answer(FacesContext context, Throwable exception) {
        Optional<RuntimeException> refusal = refusalIn(exception);
        if (refusal.isEmpty()) {
            return false;
        }
        if (!context.isPostback()) {
            return refusal.get() instanceof PortalException && answerWithPage(context, refusal.get());
        }
        UIForm form = submittedForm(context);
        RuntimeException answered = refusal.get();
        if (answered instanceof InvalidException invalid) {
            invalid.problems().forEach(problem -> messages.fieldError(form, problem.field(), problem.messageKey(),
                    problem.arguments().toArray()));
        } else if (answered instanceof ConflictException conflict && conflict.field().isPresent()) {
            messages.fieldError(form, conflict.field().get(), conflict.messageKey(), conflict.arguments().toArray());
        } else if (answered instanceof PortalException other) {
            if (other instanceof NotAllowedException) {
                auditDenied(context);
            }
            failed(context, other.messageKey(), other.arguments().toArray());
        } else if (answered instanceof DirectoryException refused) {
            failed(context, "provisioning.error.keycloakRefused", refused.status());
        } else if (answered instanceof InvitationMailException) {
            failed(context, "provisioning.error.mail");
        } else {
            failed(context, "provisioning.error.keycloakDown");
        }
        context.renderResponse();
        return true;
    }

    private static Optional<RuntimeException> refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortalException || cause instanceof DirectoryFailure) {
                return Optional.of((RuntimeException) cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A page that cannot be shown: the error page, 403 if it is not for this person, else 404. */
    private static boolean answerWithPage(FacesContext context, RuntimeException refusal) {
        int status = refusal instanceof NotAllowedException ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_NOT_FOUND;
        if (context.getExternalContext().isResponseCommitted()) {
            return false;
        }
        try {
            context.getExternalContext().responseReset();
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    private void failed(FacesContext context, String key, Object... arguments) {
        messages.error(key, arguments);
        context.validationFailed();
    }

    /** Records the refused action in the audit trail, as the error page records a refused page. */
    private void auditDenied(FacesContext context) {
        Long taskForce = currentTaskForce.id().isPresent() ? currentTaskForce.id().getAsLong() : null;
        auditTrail.recordDenied(taskForce, AuditAction.ACCESS_DENIED, "Action", context.getViewRoot().getViewId());
    }

    /** The form whose fields came with the request: the one a field's message belongs to. */
    private static UIForm submittedForm(FacesContext context) {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        UIForm[] found = {null};
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIForm form && (form.isSubmitted()
                    || parameters.containsKey(form.getClientId(context)))) {
                found[0] = form;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }
}

package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts and Faces messages by bundle key, in the language of the current view: beans never hold visible text.
 */
@RequestScoped
public class Messages {

    /** The base name of the message bundle, registered in faces-config.xml as {@code i18n}. */
    public static final String BUNDLE = "org.taskforce.portal.i18n.messages";

    public String text(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle().getLocale()).format(arguments);
    }

    public String textOr(String key, String fallback) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * An error about one field: shown with the field's name first ("Title: …"), tied to the field's component (so it
     * is announced with it and marked invalid), and the request counts as failed validation.
     *
     * @param clientId the field's client id ({@code eventForm:title})
     * @param labelKey the bundle key of the field's name
     */
    public void fieldError(String clientId, String labelKey, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String summary = text(labelKey) + ": " + text(key, arguments);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
        context.validationFailed();
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    }
}

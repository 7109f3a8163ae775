package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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

package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
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
     * An error about one field of a form: shown with the field's name first ("Title: …"), tied to the field's component
     * (so it is announced with it and marked invalid), and the request counts as failed validation. The name is the
     * field's label (the {@code p:outputLabel} for it, which PrimeFaces also gives the field as its {@code label}).
     * A field the form does not have gets the message without a name, for the whole form.
     *
     * @param form the form the field belongs to
     * @param field the field's id in the form ({@code title}), as the input record names it
     */
    public void fieldError(UIForm form, String field, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent component = form == null ? null : form.findComponent(field);
        String text = text(key, arguments);
        if (component == null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        } else {
            String label = labelOf(component, form);
            String summary = label == null ? text : label + ": " + text;
            context.addMessage(component.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, summary,
                    null));
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
        }
        context.validationFailed();
    }

    /** The field's own label, or the text of the label that names it in the form. */
    private static String labelOf(UIComponent field, UIForm form) {
        if (field.getAttributes().get("label") instanceof String label && !label.isBlank()) {
            return label;
        }
        String[] found = {null};
        form.visitTree(VisitContext.createVisitContext(FacesContext.getCurrentInstance()), (visit, component) -> {
            if (field.getId().equals(component.getAttributes().get("for")) && component instanceof ValueHolder label) {
                found[0] = String.valueOf(label.getValue());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    /**
     * The text of a key in a language, outside any page: for work done for someone who is not looking at a page of
     * theirs (their calendar feed, read by a calendar app, is in the language of their profile).
     */
    public static String inLanguage(String key, Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language).getString(key);
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    }
}

package org.taskforce.portal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.taskforce.boundary.Members;

/**
 * The language and time zone of a person's pages. Spanish by default; a person's choice is stored in their profile
 * and restored at their next sign-in. The bundles are ready for more languages (Guaraní) by adding to
 * {@link #SUPPORTED}.
 */
@SessionScoped
@Named("userLanguage")
public class UserLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Set<String> SUPPORTED = Set.of("es", "en");
    public static final String DEFAULT = "es";

    /** The zone dates are shown in; the task forces are in Paraguay. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Asuncion");

    @Inject
    transient Members members;

    @Inject
    transient Caller caller;

    private String language = DEFAULT;

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    /** Restores a stored choice at sign-in; an unknown value leaves the default. */
    public void restore(String stored) {
        if (stored != null && SUPPORTED.contains(stored)) {
            language = stored;
        }
    }

    /** Switches the language of this session, remembers it for the person, and shows the same page again. */
    public void change(String wanted) throws IOException {
        if (!SUPPORTED.contains(wanted)) {
            return;
        }
        language = wanted;
        if (caller.isSignedIn()) {
            members.changeLanguage(caller.getSubject(), wanted);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        ExternalContext external = faces.getExternalContext();
        String query = external.getRequestHeaderMap().get("Referer");
        external.redirect(query != null && query.startsWith(baseUrl(external)) ? query
                : external.getRequestContextPath() + "/");
    }

    private static String baseUrl(ExternalContext external) {
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
    }
}

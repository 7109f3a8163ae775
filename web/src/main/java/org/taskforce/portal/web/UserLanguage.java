package org.taskforce.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** The locale of each supported language, made once (a page asks for it dozens of times). */
    private static final Map<String, Locale> LOCALES = SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Locale::forLanguageTag));

    /**
     * A cookie that remembers the language in the browser too, so that pages shown without a session (signed out,
     * errors) speak it as well. It says nothing but "es" or "en".
     */
    public static final String COOKIE = "portal-language";
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    /** The zone dates are shown in; the task forces are in Paraguay. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Asuncion");

    @Inject
    transient Members members;

    @Inject
    transient Caller caller;

    @Inject
    transient HttpServletRequest request;

    private String language = DEFAULT;

    @PostConstruct
    void fromCookie() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            Arrays.stream(cookies)
                    .filter(cookie -> COOKIE.equals(cookie.getName()))
                    .findFirst()
                    .ifPresent(cookie -> restore(cookie.getValue()));
        }
    }

    public Locale getLocale() {
        return LOCALES.get(language);
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

    /** The cookie that carries the current language, for the response. */
    public Cookie cookie(String contextPath) {
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
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
        ((HttpServletResponse) external.getResponse()).addCookie(cookie(external.getRequestContextPath()));
        String query = external.getRequestHeaderMap().get("Referer");
        external.redirect(query != null && query.startsWith(baseUrl(external)) ? query
                : external.getRequestContextPath() + "/");
    }

    private static String baseUrl(ExternalContext external) {
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
    }
}

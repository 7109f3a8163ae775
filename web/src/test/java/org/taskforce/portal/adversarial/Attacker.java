package org.taskforce.portal.adversarial;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * The demo people the adversarial suite signs in as, one per role. None of them belongs to the victim task force,
 * which the suite creates afresh for each run; the task force people attack from Alto Paraná.
 */
enum Attacker {

    ANA_BENITEZ("ana.benitez", Role.MEMBER, null),
    CARLOS_ROJAS("carlos.rojas", Role.COORDINATOR, null),
    /** Coordinates Central and works in Alto Paraná, where she is only a member. */
    MARTA_DUARTE("marta.duarte", Role.COORDINATOR_ELSEWHERE, "alto-parana"),
    SOFIA_CABALLERO("sofia.caballero", Role.NATIONAL_COORDINATOR, null),
    EMILY_CARTER("emily.carter", Role.LIAISON, null);

    /**
     * The portal's roles, as the realm names them, and one more: {@code COORDINATOR_ELSEWHERE} holds the realm role
     * {@code coordinator} for another task force and works as a member in this one.
     */
    enum Role { MEMBER, COORDINATOR, COORDINATOR_ELSEWHERE, NATIONAL_COORDINATOR, LIAISON }

    static final String PASSWORD = System.getProperty("demo.password", "demo-Identify-2026");

    private static final String CHOOSER = "/taskforce/choose.xhtml";

    final String username;
    final Role role;

    /** The task force this person chooses after signing in (one of several), or {@code null}. */
    private final String taskForce;

    Attacker(String username, Role role, String taskForce) {
        this.username = username;
        this.role = role;
        this.taskForce = taskForce;
    }

    /** A new session of this person, signed in through Keycloak's login form, in their task force. */
    BrowserlessSession signIn(String portalUrl) throws Exception {
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        int status = session.signIn(username, PASSWORD).statusCode();
        if (status != 200) {
            throw new AssertionError(username + " could not sign in: HTTP " + status);
        }
        if (taskForce != null) {
            choose(session, taskForce);
        }
        return session;
    }

    /** Presses the chooser's button of a task force (by slug), as the person would. */
    static void choose(BrowserlessSession session, String slug) throws Exception {
        Matcher button = Pattern.compile("<button id=\"([^\"]+)\"[^>]*class=\"[^\"]*choice-" + slug + "\\b")
                .matcher(session.get(CHOOSER).body());
        if (!button.find()) {
            throw new AssertionError(slug + " is not offered on " + CHOOSER);
        }
        HttpResponse<String> chosen = FacesPostback.submit(session, CHOOSER, "choose", button.group(1), Map.of());
        if (chosen.statusCode() != 200) {
            throw new AssertionError("could not choose " + slug + ": HTTP " + chosen.statusCode());
        }
    }
}

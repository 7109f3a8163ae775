package org.taskforce.portal.adversarial;

import org.taskforce.portal.client.BrowserlessSession;

/**
 * The demo people the adversarial suite signs in as, one per role. None of them belongs to the victim task force,
 * which the suite creates afresh for each run; the task force people attack from Alto Paraná.
 */
enum Attacker {

    ANA_BENITEZ("ana.benitez", Role.MEMBER),
    CARLOS_ROJAS("carlos.rojas", Role.COORDINATOR),
    SOFIA_CABALLERO("sofia.caballero", Role.NATIONAL_COORDINATOR),
    EMILY_CARTER("emily.carter", Role.LIAISON);

    /** The portal's roles, as the realm names them. */
    enum Role { MEMBER, COORDINATOR, NATIONAL_COORDINATOR, LIAISON }

    static final String PASSWORD = System.getProperty("demo.password", "demo-Identify-2026");

    final String username;
    final Role role;

    Attacker(String username, Role role) {
        this.username = username;
        this.role = role;
    }

    /** A new session of this person, signed in through Keycloak's login form. */
    BrowserlessSession signIn(String portalUrl) throws Exception {
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        int status = session.signIn(username, PASSWORD).statusCode();
        if (status != 200) {
            throw new AssertionError(username + " could not sign in: HTTP " + status);
        }
        return session;
    }
}

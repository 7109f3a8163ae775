package org.taskforce.portal.browser;

/**
 * The demo people of {@code realm-config/demo/taskforce-demo.json} that the browser tests sign in as. Keycloak
 * creates them with every test stack; the portal's demo data knows the task force members among them.
 */
enum DemoUser {

    /** Member of Alto Paraná only. */
    ANA_BENITEZ("ana.benitez", "Ana Benítez"),
    /** Member of Alto Paraná only; the language test changes (and restores) his stored language. */
    HUGO_ACOSTA("hugo.acosta", "Hugo Acosta"),
    CARLOS_ROJAS("carlos.rojas", "Carlos Rojas"),
    ROSA_ORTIZ("rosa.ortiz", "Rosa Ortiz"),
    /** Member of Itapúa. */
    LUCIA_GIMENEZ("lucia.gimenez", "Lucía Giménez"),
    /** Coordinator of Itapúa. */
    JORGE_VERA("jorge.vera", "Jorge Vera"),
    /** Member of both Alto Paraná and Central. */
    MARTA_DUARTE("marta.duarte", "Marta Duarte"),
    /** Member of Central. */
    DIEGO_FRANCO("diego.franco", "Diego Franco"),
    /** National coordinator: no task force of her own, sees them all. */
    SOFIA_CABALLERO("sofia.caballero", "Sofía Caballero"),
    /** Liaison of the sponsor {@code US-STATE}. */
    EMILY_CARTER("emily.carter", "Emily Carter"),
    /** Has the member role but belongs to no task force. */
    NADIA_RIOS("nadia.rios", "Nadia Ríos");

    /** The demo password of every demo person (override with the system property {@code demo.password}). */
    static final String PASSWORD = System.getProperty("demo.password", "demo-Identify-2026");

    private final String username;
    private final String displayName;

    DemoUser(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }
}

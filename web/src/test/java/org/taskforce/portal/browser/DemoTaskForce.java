package org.taskforce.portal.browser;

/** The task forces of the portal's demo data ({@code db/demo/R__demo_task_forces.sql}). */
enum DemoTaskForce {

    ALTO_PARANA("alto-parana", "Mesa Regional Alto Paraná"),
    ITAPUA("itapua", "Mesa Regional Itapúa"),
    CENTRAL("central", "Mesa Regional Central");

    private final String slug;
    private final String displayName;

    DemoTaskForce(String slug, String displayName) {
        this.slug = slug;
        this.displayName = displayName;
    }

    String slug() {
        return slug;
    }

    String displayName() {
        return displayName;
    }
}

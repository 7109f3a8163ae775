package org.taskforce.portal.audit.boundary;

import jakarta.validation.constraints.NotBlank;

/**
 * Who is acting: a signed-in person, or the portal itself for work nobody asked for in a request (demo data, jobs).
 * Every write to a task force's records is audited under an actor (see {@link CurrentActor}).
 *
 * @param subject the Keycloak subject of the person, or {@code portal:<process>} for the portal itself
 * @param name what screens show: the person's user name, or the process
 * @param address the client address of the request, {@code null} outside a request
 */
public record Actor(@NotBlank String subject, String name, String address) {

    /** The portal itself, running the named process. */
    public static Actor portal(String process) {
        return new Actor("portal:" + process, process, null);
    }
}

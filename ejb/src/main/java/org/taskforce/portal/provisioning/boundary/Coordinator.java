package org.taskforce.portal.provisioning.boundary;

/** A coordinator of a task force, as the national coordination sees them. */
public record Coordinator(String userId, String name, String email) {
}

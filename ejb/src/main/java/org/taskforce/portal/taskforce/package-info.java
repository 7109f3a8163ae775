/**
 * Task forces (the tenants), the agencies that take part in them and the people who belong to them.
 * {@code boundary} holds the services the web layer calls, {@code entity} the JPA entities.
 */
package org.taskforce.portal.taskforce;

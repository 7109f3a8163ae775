/**
 * Sign-in through Keycloak with Jakarta Security OpenID Connect, the signed-in {@link
 * org.taskforce.portal.security.Caller caller} as the token describes them, and the task force they are working in.
 */
package org.taskforce.portal.security;

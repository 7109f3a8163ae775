package org.taskforce.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs people in through the Keycloak realm {@code taskforce} with the authorization code flow.
 *
 * <ul>
 *   <li>Caller groups (and so roles) come from the token's {@code roles} claim, not from {@code groups}: the latter
 *       holds the task force group paths, which {@link Caller} reads.</li>
 *   <li>Tokens are refreshed when they expire; when Keycloak refuses the refresh (the session ended there, the account
 *       was disabled) the portal session ends too.</li>
 *   <li>Signing out ends the Keycloak session as well, so the browser is not silently signed back in.</li>
 * </ul>
 * The settings come from MicroProfile Config ({@code portal.oidc.*}, {@code portal.base-url}) through this bean.
 */
@ApplicationScoped
@Named("openIdSettings")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${openIdSettings.providerUri}",
        clientId = "${openIdSettings.clientId}",
        clientSecret = "${openIdSettings.clientSecret}",
        redirectURI = "${baseURL}/signed-in",
        // Not true: Soteria 3.0.3 then replays a parameterless GET with null parameters and fails (NPE in
        // HttpServletRequestDelegator.getParameter). The redirect URI sends people to their landing page instead.
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username",
                callerGroupsClaim = OpenIdSettings.ROLES_CLAIM),
        tokenAutoRefresh = true,
        // The defaults (500 ms) fail the first sign-in after a start while Keycloak answers slowly: the token cannot
        // be checked against the signing keys, and the person gets a bare 401.
        jwksConnectTimeout = 5_000,
        jwksReadTimeout = 5_000,
        tokenMinValidity = 20_000,
        logout = @LogoutDefinition(
                notifyProvider = true,
                redirectURI = "${openIdSettings.signedOutUri}",
                accessTokenExpiry = true,
                identityTokenExpiry = true))
public class OpenIdSettings {

    /** The token claim that carries the person's realm roles, which the container takes as their groups. */
    public static final String ROLES_CLAIM = "roles";

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Where Keycloak sends the browser after signing out: a public page of the portal. */
    public String getSignedOutUri() {
        return baseUrl + "/signed-out.xhtml";
    }
}

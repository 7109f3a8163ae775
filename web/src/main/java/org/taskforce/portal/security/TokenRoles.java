package org.taskforce.portal.security;

import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;
import java.util.Set;

/**
 * The realm roles a signed-in person holds, read from their tokens as the container reads its groups for them (each
 * group is the role of the same name): the {@link OpenIdSettings#ROLES_CLAIM} claim of the access token, or of the
 * identity token when the access token has none. One rule for {@link SessionRolesRestored}, which hands them to the
 * container, and {@link Caller}, which answers the pages' questions from them.
 */
final class TokenRoles {

    private TokenRoles() {
    }

    static Set<String> of(OpenIdContext tokens) {
        List<String> roles = tokens.getAccessToken().getJwtClaims().getArrayStringClaim(OpenIdSettings.ROLES_CLAIM);
        return Set.copyOf(roles.isEmpty()
                ? tokens.getIdentityToken().getJwtClaims().getArrayStringClaim(OpenIdSettings.ROLES_CLAIM)
                : roles);
    }
}

package org.taskforce.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Caller} reads what the identity token says and nothing else: a claim the token lacks (a member has no
 * {@code sponsor}) is absent, without asking Keycloak's UserInfo endpoint, which {@link OpenIdContext#getClaims()}
 * does at each call. Before, every page of every member asked it (found by the load benchmark's flight recording).
 * Its roles are the tokens' {@code roles} claim (the access token's, else the identity token's), without asking the
 * container's slow {@code isCallerInRole}, and none for a request without a signed-in person.
 */
class CallerTest {

    @Test
    void claimsTheIdentityTokenLacksAreAbsentWithoutAskingKeycloak() {
        Caller caller = caller(Map.of("name", "Ana Benítez", "agency", "PN"));

        assertEquals(Optional.empty(), caller.getSponsor());
        assertEquals(Optional.empty(), caller.getEmail());
        assertEquals(Optional.of("PN"), caller.getAgency());
        assertEquals("Ana Benítez", caller.getDisplayName());
    }

    @Test
    void aBlankClaimCountsAsAbsent() {
        assertTrue(caller(Map.of("sponsor", "  ")).getSponsor().isEmpty());
    }

    @Test
    void rolesAreTheAccessTokensRolesClaim() {
        Caller caller = caller(Map.of(), List.of("member"), List.of("national-coordinator"), true);

        assertTrue(caller.isTaskForceWorker());
        assertFalse(caller.isCoordinator());
        assertFalse(caller.isNationalCoordinator(), "the identity token's roles count only without the access token's");
    }

    @Test
    void withoutRolesInTheAccessTokenTheIdentityTokensCount() {
        Caller caller = caller(Map.of(), List.of(), List.of("liaison"), true);

        assertTrue(caller.isLiaison());
        assertFalse(caller.isTaskForceWorker());
    }

    @Test
    void nobodySignedInHasNoRole() {
        Caller caller = caller(Map.of(), List.of("member"), List.of("member"), false);

        assertFalse(caller.isTaskForceWorker());
    }

    /** A caller whose identity token holds these claims; asking for the UserInfo claims fails the test. */
    private static Caller caller(Map<String, String> claims) {
        return caller(claims, List.of(), List.of(), true);
    }

    /**
     * A caller whose tokens hold these claims and roles, signed in or not; asking Keycloak's UserInfo endpoint or the
     * container's {@code isCallerInRole} fails the test.
     */
    private static Caller caller(Map<String, String> claims, List<String> accessRoles, List<String> identityRoles,
            boolean signedIn) {
        JwtClaims jwtClaims = proxy(JwtClaims.class, (method, args) -> switch (method) {
            case "getStringClaim" -> Optional.ofNullable(claims.get((String) args[0]));
            case "getArrayStringClaim" -> "roles".equals(args[0]) ? identityRoles : List.of();
            default -> throw new AssertionError("unexpected JwtClaims." + method);
        });
        IdentityToken token = proxy(IdentityToken.class, (method, args) -> switch (method) {
            case "getJwtClaims" -> jwtClaims;
            default -> throw new AssertionError("unexpected IdentityToken." + method);
        });
        JwtClaims accessClaims = proxy(JwtClaims.class, (method, args) -> switch (method) {
            case "getArrayStringClaim" -> "roles".equals(args[0]) ? accessRoles : List.of();
            default -> throw new AssertionError("unexpected JwtClaims." + method);
        });
        AccessToken access = proxy(AccessToken.class, (method, args) -> switch (method) {
            case "getJwtClaims" -> accessClaims;
            default -> throw new AssertionError("unexpected AccessToken." + method);
        });
        Principal principal = () -> "ana.benitez";
        Caller caller = new Caller();
        caller.securityContext = proxy(SecurityContext.class, (method, args) -> switch (method) {
            case "getCallerPrincipal" -> signedIn ? principal : null;
            default -> throw new AssertionError("unexpected SecurityContext." + method);
        });
        caller.openIdContext = proxy(OpenIdContext.class, (method, args) -> switch (method) {
            case "getIdentityToken" -> token;
            case "getAccessToken" -> access;
            case "getClaims", "getClaimsJson" -> throw new AssertionError(
                    "the caller asked Keycloak's UserInfo endpoint (OpenIdContext." + method + ")");
            default -> throw new AssertionError("unexpected OpenIdContext." + method);
        });
        return caller;
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(CallerTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}

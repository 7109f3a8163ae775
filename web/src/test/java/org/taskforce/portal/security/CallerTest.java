package org.taskforce.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Caller} reads what the identity token says and nothing else: a claim the token lacks (a member has no
 * {@code sponsor}) is absent, without asking Keycloak's UserInfo endpoint, which {@link OpenIdContext#getClaims()}
 * does at each call. Before, every page of every member asked it (found by the load benchmark's flight recording).
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

    /** A caller whose identity token holds these claims; asking for the UserInfo claims fails the test. */
    private static Caller caller(Map<String, String> claims) {
        JwtClaims jwtClaims = proxy(JwtClaims.class, (method, args) -> switch (method) {
            case "getStringClaim" -> Optional.ofNullable(claims.get((String) args[0]));
            case "getArrayStringClaim" -> List.of();
            default -> throw new AssertionError("unexpected JwtClaims." + method);
        });
        IdentityToken token = proxy(IdentityToken.class, (method, args) -> switch (method) {
            case "getJwtClaims" -> jwtClaims;
            default -> throw new AssertionError("unexpected IdentityToken." + method);
        });
        Caller caller = new Caller();
        caller.openIdContext = proxy(OpenIdContext.class, (method, args) -> switch (method) {
            case "getIdentityToken" -> token;
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

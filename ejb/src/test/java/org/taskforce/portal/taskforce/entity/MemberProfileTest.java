package org.taskforce.portal.taskforce.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A long name from Keycloak is shortened for the portal's display, never a reason to refuse a sign-in. */
class MemberProfileTest {

    @Test
    void aNameLongerThanThePortalKeepsIsShortenedAtAWholeCharacter() {
        String first = "María de los Ángeles del Carmen de la Santísima Trinidad y de Todos los Santos ";
        String name = first + first + "Núñez";
        MemberProfile profile = new MemberProfile("s");

        profile.refresh("maria@example.org", name, "maria@example.org", null, OffsetDateTime.now());

        assertEquals(name.substring(0, MemberProfile.DISPLAY_NAME_LENGTH).strip(), profile.getDisplayName());
        String emoji = "a".repeat(MemberProfile.DISPLAY_NAME_LENGTH - 1) + "\uD83D\uDE00";
        assertEquals("a".repeat(MemberProfile.DISPLAY_NAME_LENGTH - 1),
                MemberProfile.shortened(emoji, MemberProfile.DISPLAY_NAME_LENGTH));
        assertEquals("Núñez (Pepa)", MemberProfile.shortened("Núñez (Pepa)", MemberProfile.DISPLAY_NAME_LENGTH));
    }
}

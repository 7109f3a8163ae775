package org.taskforce.portal.taskforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;
import org.taskforce.portal.taskforce.boundary.TaskForceHome.AgencyGroup;
import org.taskforce.portal.taskforce.boundary.TaskForceHome.Person;
import org.taskforce.portal.taskforce.entity.AgencyType;

/** The home page's member search, as its agency chips and the people typing in it use it. */
class TaskForceHomePageTest {

    private final TaskForceHomePage page = new TaskForceHomePage();

    TaskForceHomePageTest() {
        page.show(new TaskForceHome("alto-parana", "Mesa Regional Alto Paraná", "Alto Paraná", "Ciudad del Este",
                List.of(agency("Fiscalía", "Ana Benítez", "ana@fiscalia.gov.py"),
                        agency("Fiscalía Regional", "Luis Gómez", "luis@fiscalia.gov.py"),
                        agency("Policía Nacional", "Carlos Fiscalini", "carlos@policia.gov.py"))));
    }

    @Test
    void anAgencysNameListsThatAgencysPeopleOnlyEvenWhereAnotherAgencysNameHoldsIt() {
        assertEquals(List.of("Ana Benítez"), found("Fiscalía"), "the chip of Fiscalía");
        assertEquals(List.of("Ana Benítez"), found(" fiscalía "), "typed, in any case");
        assertEquals(List.of("Luis Gómez"), found("Fiscalía Regional"));
    }

    @Test
    void anythingElseFindsPeopleByNameEmailOrPartOfTheirAgencysName() {
        assertEquals(List.of("Luis Gómez"), found("fiscalía r"), "part of an agency's name");
        assertEquals(List.of("Ana Benítez", "Luis Gómez", "Carlos Fiscalini"), found("fiscali"),
                "the e-mail domain, and a name");
        assertEquals(List.of("Carlos Fiscalini"), found("carlos"));
        assertEquals(List.of("Ana Benítez", "Luis Gómez", "Carlos Fiscalini"), found(""), "nothing typed: everyone");
        assertEquals(List.of(), found("nadie"));
    }

    private List<String> found(String search) {
        return page.getMembers().stream()
                .filter(member -> page.matches(member, search, Locale.forLanguageTag("es")))
                .map(member -> member.person().displayName())
                .toList();
    }

    private static AgencyGroup agency(String name, String person, String email) {
        return new AgencyGroup(name.toUpperCase(Locale.ROOT), name, AgencyType.PROSECUTOR, List.of(
                new Person(person, email, null)));
    }
}

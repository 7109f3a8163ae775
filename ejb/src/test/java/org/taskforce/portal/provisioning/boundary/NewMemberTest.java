package org.taskforce.portal.provisioning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InputRefusal;

/**
 * The names people really have are taken as they are; what must never be in a name the portal stores and shows is
 * named on its field.
 */
class NewMemberTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"Núñez (Pepa)", "O'Brien", "O’Brien", "María José Ñandutí-Benítez",
            "D'Ávila Ortiz de Zárate", "Guðmundsdóttir", "Nguyễn Thị Minh Khai", "李小龍", "Mba'e Ryguasu",
            "Jr., III", "Ana\u200dLuz"})
    void aRealNameHasNoProblem(String name) {
        assertEquals(List.of(), problems(new NewMember("ana@example.org", name, name, "fiscalia")));
        assertEquals(List.of(), problems(new NewCoordinator("ana@example.org", name, name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Ana</b>", "Ana <script>", "a > b", "Ana\u0000", "Ana\tLuz", "Ana\nLuz",
            "Ana\u2028Luz", "Ana\u0085", "Ana\u202Ezaid", "Ana\u2066Luz"})
    void markupAndInvisibleControlsAreNamedOnTheirField(String name) {
        assertEquals(List.of(new FieldProblem("firstName", "validation.PersonName"),
                new FieldProblem("lastName", "validation.PersonName")),
                problems(new NewMember("ana@example.org", name, name, "fiscalia")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Pepa  ", "\tPepa\n"})
    void surroundingSpacesAreDroppedNotRefused(String name) {
        NewMember member = new NewMember("ana@example.org", name, "Núñez", "fiscalia");

        assertEquals("Pepa", member.firstName());
        assertEquals(List.of(), problems(member));
    }

    private static List<FieldProblem> problems(Object input) {
        return InputRefusal.problems(VALIDATOR.validate(input));
    }
}

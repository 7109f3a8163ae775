package org.taskforce.portal.provisioning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.PortalException;

/** Keycloak's refusals of an account, as Keycloak 26.7 answers them, named on the fields of the person's form. */
class AccountRefusalTest {

    @Test
    void aNameTheRealmRefusesIsNamedOnItsField() {
        List<FieldProblem> problems = problems(400, """
                {"field":"lastName","errorMessage":"error-person-name-invalid-character","params":["lastName","^[^<>]+$"]}""");

        assertEquals(List.of(new FieldProblem("lastName", "provisioning.refused.personName")), problems);
    }

    @Test
    void severalRefusalsComeInTheOrderOfTheForm() {
        List<FieldProblem> problems = problems(400, """
                {"errors":[
                  {"field":"lastName","errorMessage":"error-person-name-invalid-character","params":["lastName"]},
                  {"field":"firstName","errorMessage":"error-person-name-invalid-character","params":["firstName"]},
                  {"field":"email","errorMessage":"error-invalid-email","params":["email","bad"]}]}""");

        assertEquals(List.of("email", "firstName", "lastName"), problems.stream().map(FieldProblem::field).toList());
        assertEquals(List.of("provisioning.refused.email", "provisioning.refused.personName",
                "provisioning.refused.personName"), problems.stream().map(FieldProblem::messageKey).toList());
    }

    @Test
    void theUserNameIsTheEmailAddressAndALengthKeepsItsLimit() {
        assertEquals(List.of(new FieldProblem("email", "provisioning.refused.username")), problems(400, """
                {"field":"username","errorMessage":"error-username-invalid-character","params":["username"]}"""));
        assertEquals(List.of(new FieldProblem("firstName", "provisioning.refused.tooLong", "", 255)), problems(400, """
                {"field":"firstName","errorMessage":"error-invalid-length-too-long","params":["firstName",null,255]}"""));
    }

    @Test
    void aReasonThePortalDoesNotKnowIsStillNamedOnItsField() {
        assertEquals(List.of(new FieldProblem("agencyCode", AccountRefusal.OTHER_REASON, "error-something-new")),
                problems(400, """
                        {"field":"agency","errorMessage":"error-something-new","params":["agency"],"extra":true}"""));
    }

    @Test
    void anAddressTakenMeanwhileIsAConflictOnTheEmailField() {
        PortalException refusal = AccountRefusal.of(409, """
                {"errorMessage":"User exists with same email"}""").orElseThrow();

        ConflictException conflict = assertInstanceOf(ConflictException.class, refusal);
        assertEquals(Optional.of("email"), conflict.field());
        assertEquals("provisioning.refused.taken", conflict.messageKey());
    }

    @Test
    void anAnswerThatNamesNoFieldIsNotTheForms() {
        assertEquals(Optional.empty(), AccountRefusal.of(400, """
                {"errorMessage":"Password policy not met"}"""));
        assertEquals(Optional.empty(), AccountRefusal.of(409, """
                {"errorMessage":"Top level group named 'x' already exists."}"""));
        assertEquals(Optional.empty(), AccountRefusal.of(403, """
                {"error":"unknown_error"}"""));
        assertEquals(Optional.empty(), AccountRefusal.of(400, "<html>Bad Request</html>"));
        assertEquals(Optional.empty(), AccountRefusal.of(400, null));
    }

    private static List<FieldProblem> problems(int status, String body) {
        return assertInstanceOf(InvalidException.class, AccountRefusal.of(status, body).orElseThrow()).problems();
    }
}

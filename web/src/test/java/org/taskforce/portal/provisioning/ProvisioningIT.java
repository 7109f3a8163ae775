package org.taskforce.portal.provisioning;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditSearch;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.audit.entity.AuditEvent;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.provisioning.boundary.Coordinator;
import org.taskforce.portal.provisioning.boundary.Delivery;
import org.taskforce.portal.provisioning.boundary.DirectoryUnavailableException;
import org.taskforce.portal.provisioning.boundary.Invitation;
import org.taskforce.portal.provisioning.boundary.InvitationMailException;
import org.taskforce.portal.provisioning.boundary.MemberProvisioning;
import org.taskforce.portal.provisioning.boundary.NewCoordinator;
import org.taskforce.portal.provisioning.boundary.NewMember;
import org.taskforce.portal.provisioning.boundary.NewTaskForce;
import org.taskforce.portal.provisioning.boundary.OwnAccountException;
import org.taskforce.portal.provisioning.boundary.PersonNotFoundException;
import org.taskforce.portal.provisioning.boundary.SlugTakenException;
import org.taskforce.portal.provisioning.boundary.TaskForcePerson;
import org.taskforce.portal.provisioning.boundary.TaskForceProvisioning;
import org.taskforce.portal.provisioning.boundary.UnknownAgencyException;
import org.taskforce.portal.provisioning.control.JerseyClientProvider;
import org.taskforce.portal.provisioning.control.KeycloakDirectory;
import org.taskforce.portal.taskforce.boundary.Agencies;
import org.taskforce.portal.taskforce.boundary.AgencyDraft;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.boundary.SignIn;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.tenancy.NotCoordinatorException;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.KeycloakPause;
import org.taskforce.portal.testsupport.TestData;

/**
 * Provisioning against the real Keycloak of the test stack, through the portal's own service account: task forces
 * and their groups, people invited, removed and kept to their own task force, and Keycloak failing half-way.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningIT {

    private static final Actor NATIONAL_COORDINATOR = new Actor("it-national", "national.it", "127.0.0.1");
    private static final Actor COORDINATOR = new Actor("it-coordinator", "coordinator.it", "127.0.0.1");

    @Inject
    TaskForceProvisioning taskForceProvisioning;

    @Inject
    MemberProvisioning memberProvisioning;

    @Inject
    KeycloakDirectory directory;

    @Inject
    TaskForces taskForces;

    @Inject
    Members members;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Agencies agencies;

    @Inject
    TestData testData;

    @Inject
    CurrentActor currentActor;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    UserTransaction transaction;

    @Inject
    As as;

    @Test
    void aNewTaskForceGetsItsGroupItsFirstAuditEventAndItsSlugCannotBeTakenAgain() {
        as.nationalCoordinator(() -> {
            currentActor.act(NATIONAL_COORDINATOR);
            NewTaskForce draft = draft("caaguazu");

            TaskForce created = taskForceProvisioning.create(draft);

            assertTrue(directory.findTaskForceGroup(draft.slug()).isPresent(), "group /task-forces/" + draft.slug());
            assertEquals("Mesa Regional Caaguazú", taskForces.findBySlug(draft.slug()).orElseThrow().getName());
            assertTrue(directory.findCoordinatorsGroup(draft.slug()).isPresent(), "its coordinators' subgroup");
            currentTaskForce.enterAsCoordinator(created.getId());
            List<AuditEvent> events = auditTrail.page(0, 10, AuditSearch.all());
            assertEquals(List.of(AuditAction.TASK_FORCE_CREATED.name()),
                    events.stream().map(AuditEvent::getAction).toList());
            assertEquals("it-national", events.get(0).getActor());

            assertThrows(SlugTakenException.class, () -> taskForceProvisioning.create(draft));
        });
    }

    @Test
    void aNationalCoordinatorAppointsAndDismissesTheCoordinatorOfANewTaskForce() {
        as.nationalCoordinator(() -> {
            currentActor.act(NATIONAL_COORDINATOR);
            NewTaskForce draft = draft("presidente-hayes");
            taskForceProvisioning.create(draft);
            String email = email("coordina");

            Invitation appointed = taskForceProvisioning.appointCoordinator(draft.slug(),
                    new NewCoordinator(email, "Mirta", "Gauto"));

            assertNotNull(appointed.temporaryPassword());
            assertEquals(List.of("Mirta Gauto"), taskForceProvisioning.coordinators(draft.slug()).stream()
                    .map(Coordinator::name).toList());
            assertTrue(directory.realmRoles(appointed.userId()).containsAll(Set.of("member", "coordinator")));

            taskForceProvisioning.dismissCoordinator(draft.slug(), appointed.userId());

            assertEquals(List.of(), taskForceProvisioning.coordinators(draft.slug()));
            assertFalse(directory.realmRoles(appointed.userId()).contains("coordinator"));
            String group = directory.findTaskForceGroup(draft.slug()).orElseThrow();
            assertTrue(directory.membersOf(group).stream().anyMatch(p -> p.id().equals(appointed.userId())),
                    "still a member");
            NewTaskForce another = draft("otra");
            taskForceProvisioning.create(another);
            assertThrows(PersonNotFoundException.class,
                    () -> taskForceProvisioning.dismissCoordinator(another.slug(), appointed.userId()),
                    "only the people of that task force");
        });
    }

    @Test
    void keycloakDownHalfWayLeavesNoTaskForceAndTheRetryCreatesItOnce() {
        as.nationalCoordinator(() -> {
            currentActor.act(NATIONAL_COORDINATOR);
            NewTaskForce draft = draft("guaira");

            try (KeycloakPause paused = KeycloakPause.pause()) {
                assertThrows(DirectoryUnavailableException.class, () -> taskForceProvisioning.create(draft));
                assertEquals(Optional.empty(), taskForces.findBySlug(draft.slug()), "no task force without its group");
            }

            TaskForce created = taskForceProvisioning.create(draft);

            assertEquals(created.getId(), taskForces.findBySlug(draft.slug()).orElseThrow().getId());
            assertTrue(directory.findTaskForceGroup(draft.slug()).isPresent());
        });
    }

    @Test
    void anArchivedTaskForceKeepsEverythingButCannotBeEntered() {
        as.nationalCoordinator(() -> {
            currentActor.act(NATIONAL_COORDINATOR);
            NewTaskForce draft = draft("neembucu");
            taskForceProvisioning.create(draft);

            taskForceProvisioning.archive(draft.slug());

            assertTrue(taskForces.findBySlug(draft.slug()).orElseThrow().isArchived());
            assertEquals(List.of(), taskForces.active(Set.of(draft.slug())), "nobody can choose it");
            assertTrue(directory.findTaskForceGroup(draft.slug()).isPresent(), "nothing deleted in Keycloak");
        });
    }

    @Test
    void ofTwoNationalCoordinatorsArchivingATaskForceAtOnceTheSecondIsRefused() throws Exception {
        currentActor.act(NATIONAL_COORDINATOR);
        TaskForce taskForce = testData.taskForce("a-la-vez");

        transaction.begin();
        try {
            // The second national coordinator's archive reads the task force before the first's commits.
            assertFalse(taskForces.findBySlug(taskForce.getSlug()).orElseThrow().isArchived());
            testData.archiveMeanwhile(taskForce.getId());

            ConflictException refused = assertThrows(ConflictException.class,
                    () -> as.nationalCoordinator(() -> taskForceProvisioning.archive(taskForce.getSlug())));
            assertEquals("taskforce.error.changedMeanwhile", refused.messageKey());
        } finally {
            transaction.rollback();
        }
        assertTrue(taskForces.findBySlug(taskForce.getSlug()).orElseThrow().isArchived());
        as.nationalCoordinator(() -> taskForceProvisioning.archive(taskForce.getSlug()));
        currentTaskForce.enterAsCoordinator(taskForce.getId());
        assertEquals(List.of(), auditTrail.page(0, 10, AuditSearch.all()).stream().map(AuditEvent::getAction).toList(),
                "archiving an archived task force again writes nothing");
    }

    @Test
    void anInvitedPersonGetsAnAccountThatMustChangeItsPasswordAndAppearsInTheList() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("itapua");
            coordinate(taskForce);
            String email = email("invitada");

            Invitation invitation = memberProvisioning.invite(new NewMember(email, "Nilda", "Acosta", "fiscalia"));

            assertNotNull(invitation.temporaryPassword());
            assertEquals(16, invitation.temporaryPassword().length());
            TaskForcePerson listed = personOf(invitation.userId()).orElseThrow();
            assertEquals("Nilda Acosta", listed.name());
            assertEquals("Fiscalía Regional", listed.agencyName());
            assertTrue(listed.enabled());
            assertTrue(directory.realmRoles(invitation.userId()).contains("member"), "may work in a task force");

            Invitation again = memberProvisioning.invite(new NewMember(email, "Nilda", "Acosta", "fiscalia"));
            assertEquals(invitation.userId(), again.userId(), "the same account, not a second one");
            assertNull(again.temporaryPassword(), "an existing account keeps its password");
        });
    }

    @Test
    void aGroupDeletedInKeycloaksConsoleIsMadeAgainWhenThePeopleAreListed() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("concepcion");
            coordinate(taskForce);
            Invitation invitation = inviteToFiscalia("borrada", "Zulma", "Benítez");
            assertTrue(personOf(invitation.userId()).isPresent(), "listed: the portal knows the group's id now");
            String deleted = directory.findTaskForceGroup(taskForce.getSlug()).orElseThrow();

            try (Keycloak console = provisioner()) {
                console.realm("taskforce").groups().group(deleted).remove();
            }

            assertEquals(List.of(), memberProvisioning.people(), "nobody: the group went with its members");
            String again = directory.findTaskForceGroup(taskForce.getSlug()).orElseThrow();
            assertNotEquals(deleted, again, "a new group, not the deleted one's id");
        });
    }

    @Test
    void anInvitationByEmailWithoutAMailServerLeavesNoAccountAndTheRetryWithAPasswordMakesOne() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("boqueron");
            coordinate(taskForce);
            String email = email("sin-correo");

            assertThrows(InvitationMailException.class, () -> memberProvisioning.invite(
                    new NewMember(email, "Ada", "Roa", "fiscalia", Delivery.EMAIL)));

            assertEquals(List.of(), memberProvisioning.people());
            Invitation retry = memberProvisioning.invite(new NewMember(email, "Ada", "Roa", "fiscalia"));
            assertNotNull(retry.temporaryPassword(), "a new account: the one made for the e-mail was removed again");
        });
    }

    @Test
    void anUnknownAgencyIsRefusedAndNoAccountIsMade() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("amambay");
            coordinate(taskForce);
            String email = email("sin-agencia");

            assertThrows(UnknownAgencyException.class,
                    () -> memberProvisioning.invite(new NewMember(email, "Rubén", "Vera", "no-existe")));

            assertEquals(List.of(), memberProvisioning.people());
        });
    }

    @Test
    void aRemovedPersonLeavesTheGroupAndTheTaskForceButKeepsTheAccount() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("concepcion");
            coordinate(taskForce);
            Invitation invitation = inviteToFiscalia("quitar", "Olga", "Benítez");
            signInOnce(invitation, taskForce);
            coordinate(taskForce);

            memberProvisioning.remove(invitation.userId());

            assertEquals(Optional.empty(), personOf(invitation.userId()));
            long memberId = members.find(invitation.userId()).orElseThrow().getId();
            assertEquals(Set.of(), members.taskForcesOf(memberId), "no membership row left");
            assertTrue(members.accessRevokedSince(invitation.userId(), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)),
                    "their open sessions end");
        });
    }

    @Test
    void aDisabledAccountIsShownDisabledAndItsOpenSessionsAreToEnd() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("canindeyu");
            coordinate(taskForce);
            Invitation invitation = inviteToFiscalia("desactivar", "Blas", "Ortiz");
            signInOnce(invitation, taskForce);
            OffsetDateTime signedIn = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
            coordinate(taskForce);
            assertFalse(members.accessRevokedSince(invitation.userId(), signedIn), "nothing revoked yet");

            memberProvisioning.disable(invitation.userId());

            assertFalse(personOf(invitation.userId()).orElseThrow().enabled());
            assertTrue(members.accessRevokedSince(invitation.userId(), signedIn), "the open session ends");
        });
    }

    @Test
    void aCoordinatorCannotRemoveOrDisableThePeopleOfAnotherTaskForce() {
        as.coordinator(() -> {
            TaskForce victim = taskForceWithAgency("alto-parana");
            coordinate(victim);
            Invitation theirs = inviteToFiscalia("ajena", "Ana", "Ríos");

            coordinate(taskForceWithAgency("itapua"));
            assertThrows(PersonNotFoundException.class, () -> memberProvisioning.remove(theirs.userId()));
            assertThrows(PersonNotFoundException.class, () -> memberProvisioning.disable(theirs.userId()));

            coordinate(victim);
            TaskForcePerson still = personOf(theirs.userId()).orElseThrow();
            assertTrue(still.enabled(), "still enabled, still in their own task force");
        });
    }

    @Test
    void aCoordinatorChangesAPersonsAgencyAndRoleButCannotStepDownOrRemoveThemselves() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("caazapa");
            testData.agency(taskForce, "policia-nacional", AgencyType.NATIONAL_POLICE, "Policía Nacional");
            coordinate(taskForce);
            Invitation invitation = inviteToFiscalia("cambio", "Teresa", "Ayala");

            memberProvisioning.change(shown(invitation), "policia-nacional", true);

            TaskForcePerson changed = personOf(invitation.userId()).orElseThrow();
            assertEquals("Policía Nacional", changed.agencyName());
            assertTrue(changed.coordinator());
            assertThrows(UnknownAgencyException.class,
                    () -> memberProvisioning.change(shown(invitation), "no-existe", true));

            TaskForcePerson coordinating = shown(invitation);
            currentActor.act(new Actor(invitation.userId(), invitation.username(), "127.0.0.1"));
            assertThrows(OwnAccountException.class,
                    () -> memberProvisioning.change(coordinating, "policia-nacional", false));
            assertThrows(OwnAccountException.class, () -> memberProvisioning.remove(invitation.userId()));
            coordinate(taskForce);
            assertTrue(personOf(invitation.userId()).orElseThrow().coordinator(), "still coordinating");

            memberProvisioning.change(shown(invitation), "policia-nacional", false);
            assertFalse(personOf(invitation.userId()).orElseThrow().coordinator());
        });
    }

    @Test
    void aPersonChangedSinceTheDialogShowedThemIsNotChangedFromWhatItShowed() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("paraguari");
            testData.agency(taskForce, "policia-nacional", AgencyType.NATIONAL_POLICE, "Policía Nacional");
            testData.agency(taskForce, "migraciones", AgencyType.MIGRATION, "Migraciones");
            coordinate(taskForce);
            Invitation invitation = inviteToFiscalia("dos-dialogos", "Nilda", "Vera");
            TaskForcePerson shownToAna = shown(invitation);
            TaskForcePerson shownToBeto = shown(invitation);

            memberProvisioning.change(shownToAna, "policia-nacional", false);
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> memberProvisioning.change(shownToBeto, "migraciones", true));

            assertEquals("provisioning.error.changedMeanwhile", refused.messageKey());
            TaskForcePerson now = shown(invitation);
            assertEquals("policia-nacional", now.agencyCode(), "Ana's change stays");
            assertFalse(now.coordinator(), "Beto's is not made");

            directory.setAgency(invitation.userId(), "migraciones");
            assertThrows(ConflictException.class, () -> memberProvisioning.change(now, "fiscalia", false),
                    "a change made in the Keycloak console counts too");
            memberProvisioning.change(shown(invitation), "fiscalia", true);
            assertTrue(shown(invitation).coordinator(), "saved from what Keycloak holds now");
        });
    }

    @Test
    void coordinatingIsPerTaskForceAndTheRealmRoleFollowsTheSubgroups() {
        as.nationalCoordinator(() -> {
            currentActor.act(NATIONAL_COORDINATOR);
            NewTaskForce first = draft("concepcion");
            NewTaskForce second = draft("amambay");
            taskForceProvisioning.create(first);
            taskForceProvisioning.create(second);
            String email = email("dos-mesas");

            Invitation appointed = taskForceProvisioning.appointCoordinator(first.slug(),
                    new NewCoordinator(email, "Blas", "Ortega"));
            Invitation again = taskForceProvisioning.appointCoordinator(second.slug(),
                    new NewCoordinator(email, "Blas", "Ortega"));

            assertEquals(appointed.userId(), again.userId(), "the same account");
            assertNull(again.temporaryPassword(), "an existing account gets no new password");
            taskForceProvisioning.dismissCoordinator(first.slug(), appointed.userId());
            assertAll(
                    () -> assertEquals(List.of(), taskForceProvisioning.coordinators(first.slug())),
                    () -> assertEquals(List.of("Blas Ortega"), taskForceProvisioning.coordinators(second.slug()).stream()
                            .map(Coordinator::name).toList()),
                    () -> assertTrue(directory.realmRoles(appointed.userId()).contains("coordinator"),
                            "still coordinates the second task force"));

            taskForceProvisioning.dismissCoordinator(second.slug(), appointed.userId());
            assertFalse(directory.realmRoles(appointed.userId()).contains("coordinator"), "coordinates none");
        });
    }

    @Test
    void aCoordinatorOfAnotherTaskForceIsOnlyAMemberHere() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("misiones");
            coordinate(taskForce);
            Invitation person = inviteToFiscalia("miembro", "Rosa", "Núñez");
            TaskForcePerson shown = shown(person);

            currentTaskForce.enter(taskForce.getId());
            assertAll(
                    () -> assertThrows(NotCoordinatorException.class, () -> memberProvisioning.people()),
                    () -> assertThrows(NotCoordinatorException.class, () -> inviteToFiscalia("intrusa", "Eva", "Paz")),
                    () -> assertThrows(NotCoordinatorException.class,
                            () -> memberProvisioning.change(shown, "fiscalia", true)),
                    () -> assertThrows(NotCoordinatorException.class, () -> memberProvisioning.remove(person.userId())),
                    () -> assertThrows(NotCoordinatorException.class, () -> memberProvisioning.disable(person.userId())),
                    () -> assertThrows(NotCoordinatorException.class,
                            () -> agencies.add(new AgencyDraft("ong", AgencyType.NGO, "ONG intrusa"))),
                    () -> assertThrows(NotCoordinatorException.class, () -> auditTrail.page(0, 10, AuditSearch.all())),
                    () -> assertThrows(NotCoordinatorException.class, () -> auditTrail.verifyCurrentTaskForce()));
            assertEquals(1, agencies.list().size(), "members read the agencies");

            coordinate(taskForce);
            TaskForcePerson unchanged = personOf(person.userId()).orElseThrow();
            assertAll(
                    () -> assertTrue(unchanged.enabled()),
                    () -> assertFalse(unchanged.coordinator()),
                    () -> assertEquals(1, memberProvisioning.people().size(), "nobody was invited"));
        });
    }

    @Test
    void aRemovedCoordinatorLeavesTheCoordinatorsWithTheTaskForce() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("guaira");
            coordinate(taskForce);
            Invitation invitation = inviteToFiscalia("saliente", "Hernán", "Báez");
            memberProvisioning.change(shown(invitation), "fiscalia", true);
            assertTrue(directory.realmRoles(invitation.userId()).contains("coordinator"));

            memberProvisioning.remove(invitation.userId());

            assertAll(
                    () -> assertEquals(Optional.empty(), personOf(invitation.userId())),
                    () -> assertFalse(directory.realmRoles(invitation.userId()).contains("coordinator"),
                            "no coordinator role left over from the task force they left"));
        });
    }

    @Test
    void peopleAreInvitedWithTheNamesTheyReallyHaveAndListedWithThemIntactInSpanishOrder() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("cordillera");
            coordinate(taskForce);

            inviteToFiscalia("pepa", "Josefa", "Núñez (Pepa)");
            inviteToFiscalia("obrien", "Seán", "O'Brien");
            inviteToFiscalia("maria-jose", "María José", "Ñandutí-Benítez");
            inviteToFiscalia("davila", "Ana", "D'Ávila Ortiz de Zárate");

            assertEquals(List.of("Ana D'Ávila Ortiz de Zárate", "Josefa Núñez (Pepa)", "María José Ñandutí-Benítez",
                    "Seán O'Brien"), memberProvisioning.people().stream().map(TaskForcePerson::name).toList());
        });
    }

    @Test
    void aCoordinatorIsAppointedWithTheNameTheyReallyHave() {
        as.nationalCoordinator(() -> {
            currentActor.act(NATIONAL_COORDINATOR);
            NewTaskForce draft = draft("paraguari");
            taskForceProvisioning.create(draft);

            taskForceProvisioning.appointCoordinator(draft.slug(),
                    new NewCoordinator(email("coordina"), "María de la Paz (Mapi)", "D'Ávila-Ñandutí"));

            assertEquals(List.of("María de la Paz (Mapi) D'Ávila-Ñandutí"),
                    taskForceProvisioning.coordinators(draft.slug()).stream().map(Coordinator::name).toList());
        });
    }

    @Test
    void markupOrAControlCharacterInANameIsRefusedByThePortalOnItsFieldBeforeKeycloakIsAsked() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("itapua");
            coordinate(taskForce);
            String email = email("marcado");

            InvalidException refused = assertThrows(InvalidException.class, () -> memberProvisioning.invite(
                    new NewMember(email, "<b>Ana</b>", "Paz\u0007", "fiscalia")));

            assertEquals(List.of(new FieldProblem("firstName", "validation.PersonName"),
                    new FieldProblem("lastName", "validation.PersonName")), refused.problems());
            assertEquals(List.of(), accountsWith(email), "no account in Keycloak");
        });
    }

    @Test
    void whatTheRealmRefusesInANameOrAddressIsNamedOnItsFieldAndNoAccountIsLeft() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("central");
            coordinate(taskForce);
            String email = email("llaves");

            InvalidException names = assertThrows(InvalidException.class, () -> memberProvisioning.invite(
                    new NewMember(email, "Ana;", "Paz {admin}", "fiscalia")));
            InvalidException address = assertThrows(InvalidException.class, () -> memberProvisioning.invite(
                    new NewMember("o'brien-" + email, "Seán", "O'Brien", "fiscalia")));

            assertAll(
                    () -> assertEquals(List.of(new FieldProblem("firstName", "provisioning.refused.personName"),
                            new FieldProblem("lastName", "provisioning.refused.personName")), names.problems(),
                            "in the order of the form"),
                    () -> assertEquals(List.of(new FieldProblem("email", "provisioning.refused.username")),
                            address.problems(), "the user name is the e-mail address"),
                    () -> assertEquals(List.of(), accountsWith(email), "no account in Keycloak"),
                    () -> assertEquals(List.of(), accountsWith("o'brien-" + email), "no account in Keycloak"),
                    () -> assertEquals(List.of(), memberProvisioning.people()));
        });
    }

    @Test
    void theLongestNamesTheFormsTakeCanSignIn() {
        as.coordinator(() -> {
            TaskForce taskForce = taskForceWithAgency("misiones");
            coordinate(taskForce);
            String first = "María de los Ángeles del Perpetuo Socorro de la Santísima Trinidad y Todos Santos";
            String last = "Fernández de Córdoba y Pérez de Guzmán Ortiz de Zárate (Mariángeles) Ñandutí-Benítez";
            String longest = first.substring(0, MemberProfile.NAME_PART_LENGTH) + " "
                    + last.substring(0, MemberProfile.NAME_PART_LENGTH);
            Invitation invitation = inviteToFiscalia("larga", first.substring(0, MemberProfile.NAME_PART_LENGTH),
                    last.substring(0, MemberProfile.NAME_PART_LENGTH));

            members.signIn(new SignIn(invitation.userId(), invitation.username(), longest, invitation.username(),
                    "fiscalia", Set.of(taskForce.getSlug())));

            assertTrue(members.find(invitation.userId()).orElseThrow().getDisplayName().startsWith("María de los"));
        });
    }

    @Test
    void theServiceAccountManagesPeopleButNotTheRealm() {
        try (Keycloak provisioner = provisioner()) {
            RealmResource realm = provisioner.realm("taskforce");
            assertTrue(realm.users().count() > 0, "it may read the realm's people");
            assertThrows(ForbiddenException.class, () -> realm.clients().findAll(), "clients and their secrets");
            assertThrows(ForbiddenException.class, () -> realm.roles().list(), "realm roles");
            RoleRepresentation role = new RoleRepresentation();
            role.setName("superpoderes");
            assertThrows(ForbiddenException.class, () -> realm.roles().create(role), "creating realm roles");
            assertThrows(WebApplicationException.class, () -> provisioner.realm("master").users().count(),
                    "the master realm");
        }
    }

    /** The portal's service account, as a client of its own (not the portal's {@link KeycloakDirectory}). */
    private static Keycloak provisioner() {
        String provider = ConfigProvider.getConfig().getValue("portal.oidc.provider-uri", String.class);
        Keycloak.setClientProvider(new JerseyClientProvider());
        return KeycloakBuilder.builder()
                .serverUrl(provider.substring(0, provider.indexOf("/realms/")))
                .realm("taskforce")
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId("portal-provisioner")
                .clientSecret(ConfigProvider.getConfig().getOptionalValue("portal.provisioner.secret", String.class)
                        .orElse("provisioner-dev-secret"))
                .build();
    }

    /** The ids of the Keycloak accounts with exactly this e-mail address. */
    private static List<String> accountsWith(String email) {
        try (Keycloak provisioner = provisioner()) {
            return provisioner.realm("taskforce").users().searchByEmail(email, true).stream()
                    .map(UserRepresentation::getId).toList();
        }
    }

    /** An e-mail address no other test uses. */
    private static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Invites a new person for the agency every test task force has, acting as its coordinator. */
    private Invitation inviteToFiscalia(String prefix, String firstName, String lastName) {
        return memberProvisioning.invite(new NewMember(email(prefix), firstName, lastName, "fiscalia"));
    }

    /** The invited person signs in once, as the portal records a sign-in: their profile and membership row exist. */
    private void signInOnce(Invitation invitation, TaskForce taskForce) {
        members.signIn(new SignIn(invitation.userId(), invitation.username(), invitation.username(),
                invitation.username(), "fiscalia", Set.of(taskForce.getSlug())));
    }

    private static NewTaskForce draft(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new NewTaskForce(slug, "Mesa Regional Caaguazú", "Caaguazú", "Coronel Oviedo");
    }

    private TaskForce taskForceWithAgency(String prefix) {
        TaskForce taskForce = testData.taskForce(prefix);
        testData.agency(taskForce, "fiscalia", AgencyType.PROSECUTOR, "Fiscalía Regional");
        return taskForce;
    }

    private void coordinate(TaskForce taskForce) {
        currentActor.act(COORDINATOR);
        currentTaskForce.enterAsCoordinator(taskForce.getId());
    }

    /** The invited person as the coordinators' list shows them now: what a dialog opened from it holds. */
    private TaskForcePerson shown(Invitation invitation) {
        return personOf(invitation.userId()).orElseThrow();
    }

    private Optional<TaskForcePerson> personOf(String userId) {
        return memberProvisioning.people().stream().filter(p -> p.userId().equals(userId)).findFirst();
    }
}

package org.taskforce.portal.provisioning.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.access.TaskForceGroups;
import org.taskforce.portal.provisioning.boundary.DirectoryException;
import org.taskforce.portal.provisioning.boundary.DirectoryUnavailableException;
import org.taskforce.portal.provisioning.boundary.InvitationMailException;

/**
 * The portal's hands in Keycloak: task force groups ({@code /task-forces/<slug>}), their coordinators' subgroups
 * ({@code /task-forces/<slug>/coordinators}, which carry the realm role {@value PortalRole#COORDINATOR}) and the accounts
 * of their people,
 * through keycloak-admin-client as the {@code portal-provisioner} service account (client credentials; it holds only
 * realm-management's manage-users, view-users, query-users and query-groups; never the master admin).
 *
 * <p>Every call either does what it says or throws: {@link DirectoryUnavailableException} when Keycloak cannot be
 * reached or does not answer in time, {@link DirectoryException} when it refuses, or, when its refusal names the
 * account's fields (a rule of the realm's user profile, an e-mail address taken), the portal's {@code
 * InvalidException} or {@code ConflictException} with a problem on each field of the person's form
 * ({@link AccountRefusal}). Creating is idempotent where the callers need it to be: a group or account that already
 * exists is found and returned, marked as not created, so a retry after a failure half-way picks up what the first
 * try left.
 */
@ApplicationScoped
public class KeycloakDirectory {

    /** The account attribute that names a person's agency (see the realm's user profile). */
    public static final String AGENCY_ATTRIBUTE = "agency";

    /** How long the link in an invitation's e-mail stays valid. */
    public static final int EMAIL_LINK_HOURS = 72;

    /** Keycloak's required action that makes a person choose their password. */
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.provisioner.client-id", defaultValue = "portal-provisioner")
    String clientId;

    /** The portal's own client, whose sign-in an invitation's e-mail link leads back to. */
    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "portal")
    String portalClientId;

    /** Where browsers reach the portal: the e-mail link's way back. */
    @Inject
    @ConfigProperty(name = "portal.base-url")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "portal.provisioner.secret", defaultValue = "provisioner-dev-secret")
    String clientSecret;

    private volatile Keycloak keycloak;

    /**
     * Group ids by path, as Keycloak gave them: a group keeps its id for life, so the people page does not ask for its
     * two groups' ids at every view (11 ms each at scale 1). Forgotten when the portal deletes a group and whenever
     * Keycloak answers 404 (a group deleted in its console): the next call finds, or makes, the group again.
     */
    private final Map<String, String> groupIds = new ConcurrentHashMap<>();

    /** A group, and whether this call created it (false: it was already there). */
    public record Group(String id, boolean created) {
    }

    /**
     * An account, whether this call created it, the one-time password it was given (only when created with one), and
     * whether its person has yet to choose a password (a new account, or one that never signed in).
     */
    public record Account(String id, boolean created, String temporaryPassword, boolean awaitingPassword) {
    }

    /** A person in a task force's group, as Keycloak knows them. */
    public record Person(String id, String username, String firstName, String lastName, String email,
            String agencyCode, boolean enabled) {
    }

    /** Finds or creates the group of a task force. */
    public Group ensureTaskForceGroup(String slug) {
        return call(() -> ensureGroup(TaskForceGroups.path(slug), slug,
                () -> realm().getGroupByPath(TaskForceGroups.PARENT).getId()));
    }

    /** The id of a task force's group, if Keycloak has it. */
    public Optional<String> findTaskForceGroup(String slug) {
        return call(() -> groupIdByPath(TaskForceGroups.path(slug)));
    }

    /**
     * Finds or creates the coordinators' subgroup of a task force's group, and makes sure it carries the realm role
     * {@value PortalRole#COORDINATOR} (a subgroup made by hand in the Keycloak console may lack it).
     *
     * @param taskForceGroupId the task force's group, from {@link #ensureTaskForceGroup}
     */
    public Group ensureCoordinatorsGroup(String slug, String taskForceGroupId) {
        return call(() -> {
            Group group = ensureGroup(TaskForceGroups.coordinatorsPath(slug), TaskForceGroups.COORDINATORS, () -> taskForceGroupId);
            // A role the group is mapped to already is not among those available: then nothing is added.
            addAvailable(realm().groups().group(group.id()).roles().realmLevel(), PortalRole.COORDINATOR);
            return group;
        });
    }

    /** The id of a task force's coordinators' subgroup, if Keycloak has it. */
    public Optional<String> findCoordinatorsGroup(String slug) {
        return call(() -> groupIdByPath(TaskForceGroups.coordinatorsPath(slug)));
    }

    /** Removes a group (only to undo a creation that could not be completed). */
    public void deleteGroup(String groupId) {
        call(() -> {
            groupIds.values().remove(groupId);
            realm().groups().group(groupId).remove();
            return null;
        });
    }

    /**
     * The people in a group, by last name, then first name, as a Spanish list sorts them ("Ávila" before "Benítez",
     * "Núñez" before "Ñandutí").
     */
    public List<Person> membersOf(String groupId) {
        return call(() -> realm().groups().group(groupId).members(0, Integer.MAX_VALUE, false).stream()
                .map(KeycloakDirectory::person)
                .sorted(byName())
                .toList());
    }

    private static Comparator<Person> byName() {
        Collator spanish = Collator.getInstance(Locale.forLanguageTag("es"));
        spanish.setStrength(Collator.SECONDARY);
        Comparator<String> words = Comparator.nullsLast((a, b) -> spanish.compare(a, b));
        return Comparator.comparing(Person::lastName, words).thenComparing(Person::firstName, words);
    }

    /**
     * The account, if it is in the group: read from the account's own groups, not by listing the whole group. An
     * account that does not exist is not in it.
     */
    public Optional<Person> memberOf(String groupId, String userId) {
        return call(() -> {
            try {
                UserResource user = realm().users().get(userId);
                boolean inGroup = user.groups(null, 0, Integer.MAX_VALUE, true).stream()
                        .anyMatch(group -> group.getId().equals(groupId));
                return inGroup ? Optional.of(person(user.toRepresentation())) : Optional.<Person>empty();
            } catch (NotFoundException e) {
                return Optional.<Person>empty();
            }
        });
    }

    /**
     * Finds the account with this e-mail address, or creates one whose first sign-in forces a new password. With
     * {@code oneTimePassword}, a new account gets a random one-time password, returned once, for the coordinator to
     * pass on; without, it has no password until the person follows the link of {@link #emailPasswordLink}.
     *
     * @param agencyCode the agency attribute of a new account, or {@code null} for none
     */
    public Account ensureAccount(String email, String firstName, String lastName, String agencyCode,
            boolean oneTimePassword) {
        return call(() -> {
            Optional<UserRepresentation> existing = accountByEmail(email);
            if (existing.isPresent()) {
                List<String> pending = existing.get().getRequiredActions();
                return new Account(existing.get().getId(), false, null,
                        pending != null && pending.contains(UPDATE_PASSWORD));
            }
            UserRepresentation user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setEmailVerified(true);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEnabled(true);
            if (agencyCode != null) {
                user.setAttributes(Map.of(AGENCY_ATTRIBUTE, List.of(agencyCode)));
            }
            user.setRequiredActions(List.of(UPDATE_PASSWORD));
            String id;
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                    throw refused(response);
                }
                id = CreatedResponseUtil.getCreatedId(response);
            }
            if (!oneTimePassword) {
                return new Account(id, true, null, true);
            }
            String password = temporaryPassword();
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setTemporary(true);
            credential.setValue(password);
            try {
                realm().users().get(id).resetPassword(credential);
            } catch (RuntimeException e) {
                deleteQuietly(id);
                throw e;
            }
            return new Account(id, true, password, true);
        });
    }

    /**
     * Has Keycloak e-mail the person a link to choose their password ({@value #EMAIL_LINK_HOURS} hours valid), leading
     * back to the portal.
     *
     * @throws InvitationMailException if Keycloak could not send it (no SMTP server in the realm, or it refused)
     */
    public void emailPasswordLink(String userId) {
        call(() -> {
            try {
                realm().users().get(userId).executeActionsEmail(portalClientId, portalUrl + "/",
                        EMAIL_LINK_HOURS * 3600, List.of(UPDATE_PASSWORD));
            } catch (InternalServerErrorException e) {
                // Keycloak answers 500 "Failed to send execute actions email" when it has no mail server or the
                // server refused: the realm's settings, not Keycloak being down.
                throw new InvitationMailException(e);
            }
            return null;
        });
    }

    /** Removes an account (only to undo a creation that could not be completed). */
    public void deleteAccount(String userId) {
        call(() -> {
            try (Response ignored = realm().users().delete(userId)) {
                return null;
            }
        });
    }

    public void join(String userId, String groupId) {
        call(() -> {
            realm().users().get(userId).joinGroup(groupId);
            return null;
        });
    }

    /**
     * Gives the account a realm role (e.g. {@code member}) unless it has it.
     *
     * @return whether this call gave it (false: the account had it already, directly or through a group)
     */
    public boolean grantRealmRole(String userId, String role) {
        return call(() -> addAvailable(realm().users().get(userId).roles().realmLevel(), role));
    }

    /** Takes a realm role the account holds directly away from it (no-op if it does not). */
    public void revokeRealmRole(String userId, String role) {
        call(() -> {
            RoleScopeResource roles = realm().users().get(userId).roles().realmLevel();
            roles.listAll().stream()
                    .filter(held -> role.equals(held.getName()))
                    .findFirst()
                    .ifPresent(held -> roles.remove(List.of(held)));
            return null;
        });
    }

    /** Records the account's agency (the attribute {@value #AGENCY_ATTRIBUTE}), keeping its other attributes. */
    public void setAgency(String userId, String agencyCode) {
        call(() -> {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            Map<String, List<String>> attributes = new HashMap<>(
                    user.getAttributes() == null ? Map.of() : user.getAttributes());
            attributes.put(AGENCY_ATTRIBUTE, List.of(agencyCode));
            user.setAttributes(attributes);
            realm().users().get(userId).update(user);
            return null;
        });
    }

    /** The names of the account's effective realm roles: its own and those it has through its groups. */
    public Set<String> realmRoles(String userId) {
        return call(() -> realm().users().get(userId).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .collect(Collectors.toSet()));
    }

    public void leave(String userId, String groupId) {
        call(() -> {
            realm().users().get(userId).leaveGroup(groupId);
            return null;
        });
    }

    /** Ends every session of the account in Keycloak: its next token refresh fails. */
    public void endSessions(String userId) {
        call(() -> {
            realm().users().get(userId).logout();
            return null;
        });
    }

    /** Disables the account: it cannot sign in any more, and its sessions end. */
    public void disable(String userId) {
        call(() -> {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            user.setEnabled(false);
            realm().users().get(userId).update(user);
            realm().users().get(userId).logout();
            return null;
        });
    }

    /**
     * Finds the group at the path, or creates it (named {@code name}) under the parent; a group someone else created
     * between the look-up and now is theirs and ours.
     */
    private Group ensureGroup(String path, String name, Supplier<String> parentId) {
        Optional<String> existing = groupIdByPath(path);
        if (existing.isPresent()) {
            return new Group(existing.get(), false);
        }
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = realm().groups().group(parentId.get()).subGroup(group)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                return new Group(groupIdByPath(path).orElseThrow(() -> refused(response)), false);
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw refused(response);
            }
            return new Group(CreatedResponseUtil.getCreatedId(response), true);
        }
    }

    /** The id of the group at the path, if Keycloak has it: from {@link #groupIds} once known. */
    private Optional<String> groupIdByPath(String path) {
        String known = groupIds.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            String id = realm().getGroupByPath(path).getId();
            groupIds.put(path, id);
            return Optional.of(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Maps a realm role to a user or group (its role scope) unless it is mapped already. The service account may not
     * read roles by name (no view-realm), so the role is taken from those still available to map.
     *
     * @return whether this call mapped it
     */
    private static boolean addAvailable(RoleScopeResource roles, String role) {
        Optional<RoleRepresentation> available = roles.listAvailable().stream()
                .filter(candidate -> role.equals(candidate.getName()))
                .findFirst();
        available.ifPresent(mapped -> roles.add(List.of(mapped)));
        return available.isPresent();
    }

    private Optional<UserRepresentation> accountByEmail(String email) {
        return realm().users().searchByEmail(email, true).stream().findFirst();
    }

    private void deleteQuietly(String userId) {
        try (Response ignored = realm().users().delete(userId)) {
            // the account is gone, or the caller's exception says why it could not be
        } catch (RuntimeException ignored) {
            // the caller's exception is the one to report
        }
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static Person person(UserRepresentation user) {
        List<String> agency = user.getAttributes() == null ? null : user.getAttributes().get(AGENCY_ATTRIBUTE);
        return new Person(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                agency == null || agency.isEmpty() ? null : agency.get(0), Boolean.TRUE.equals(user.isEnabled()));
    }

    /**
     * Keycloak's refusal: on the fields of the person's form when its answer names them (a rule of the realm's user
     * profile, an address taken), else as a refusal of the whole change.
     */
    private static RuntimeException refused(Response response) {
        return refused(response, null);
    }

    private static RuntimeException refused(Response response, Throwable cause) {
        return AccountRefusal.of(response).map(RuntimeException.class::cast)
                .orElseGet(() -> new DirectoryException(response.getStatus(), cause));
    }

    /** Runs a call to Keycloak, translating what can go wrong into the exceptions callers handle. */
    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException e) {
            throw new DirectoryUnavailableException(e);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == Response.Status.NOT_FOUND.getStatusCode()) {
                groupIds.clear(); // perhaps a group deleted in the console: look every group up again
            }
            if (status >= 500 || status == 0) {
                throw new DirectoryUnavailableException(e);
            }
            throw refused(e.getResponse(), e);
        }
    }

    private RealmResource realm() {
        return client().realm(realmName());
    }

    private Keycloak client() {
        Keycloak current = keycloak;
        if (current == null) {
            synchronized (this) {
                if (keycloak == null) {
                    Keycloak.setClientProvider(new JerseyClientProvider());
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(serverUrl())
                            .realm(realmName())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(clientId)
                            .clientSecret(clientSecret)
                            .build();
                }
                current = keycloak;
            }
        }
        return current;
    }

    /** {@code http://host/realms/taskforce} gives the server {@code http://host} and the realm {@code taskforce}. */
    private String serverUrl() {
        return providerUri.substring(0, providerUri.indexOf("/realms/"));
    }

    private String realmName() {
        String realm = providerUri.substring(providerUri.indexOf("/realms/") + "/realms/".length());
        return realm.endsWith("/") ? realm.substring(0, realm.length() - 1) : realm;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}

package org.taskforce.portal.taskforce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.taskforce.portal.database.Versioned;

/**
 * A regional task force: the tenant that owns calendars, trainings, minutes and case notes. Its people are the
 * members of the Keycloak group {@code /task-forces/<slug>}. National coordinators change it (archive it), so it is
 * {@link Versioned}: of two changes at the same time, the second is refused.
 */
@Entity
@Table(name = "task_force")
@NamedQuery(name = TaskForce.BY_SLUG, query = "select t from TaskForce t where t.slug = :slug")
@NamedQuery(name = TaskForce.ACTIVE_BY_SLUGS,
        query = "select t from TaskForce t where t.slug in :slugs and t.archivedAt is null order by t.name")
public class TaskForce implements Versioned {

    public static final String BY_SLUG = "TaskForce.bySlug";
    public static final String ACTIVE_BY_SLUGS = "TaskForce.activeBySlugs";

    public static final int SLUG_LENGTH = 63;
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int NAME_LENGTH = 120;
    public static final int PLACE_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = SLUG_LENGTH)
    @Pattern(regexp = SLUG_PATTERN)
    @Column(nullable = false, unique = true, length = SLUG_LENGTH, updatable = false)
    private String slug;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = PLACE_LENGTH)
    @Column(nullable = false, length = PLACE_LENGTH)
    private String department;

    @NotBlank
    @Size(max = PLACE_LENGTH)
    @Column(nullable = false, length = PLACE_LENGTH)
    private String city;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "archived_at")
    private OffsetDateTime archivedAt;

    @Version
    private int version;

    protected TaskForce() {
        // for JPA
    }

    public TaskForce(String slug, String name, String department, String city) {
        this.slug = slug;
        this.name = name;
        this.department = department;
        this.city = city;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDepartment() {
        return department;
    }

    public String getCity() {
        return city;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** Archives the task force: its people lose access to it; nothing of it is deleted. */
    public void archive(OffsetDateTime when) {
        if (archivedAt == null) {
            archivedAt = when;
        }
    }
}

package org.taskforce.portal.taskforce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.taskforce.portal.database.Versioned;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * An agency taking part in one task force. Its {@link #getCode() code} is what the Keycloak user attribute
 * {@code agency} of its people holds, so that a person's agency is known from their token. Any coordinator of the task
 * force may change it, so it is {@link Versioned}: a save from a form opened before another coordinator's is refused.
 */
@Entity
@Table(name = "agency")
public class Agency extends TaskForceOwned implements Versioned {

    public static final int CODE_LENGTH = 63;
    public static final int NAME_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tenant_id", insertable = false, updatable = false)
    private TaskForce taskForce;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgencyType type;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Version
    private int version;

    protected Agency() {
        // for JPA
    }

    public Agency(TaskForce taskForce, String code, AgencyType type, String name) {
        this.taskForce = taskForce;
        this.code = code;
        this.type = type;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public AgencyType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    @Override
    public int getVersion() {
        return version;
    }

    /** Renames the agency or changes its type; its code, which people's accounts hold, stays. */
    public void change(AgencyType newType, String newName) {
        this.type = newType;
        this.name = newName;
    }
}

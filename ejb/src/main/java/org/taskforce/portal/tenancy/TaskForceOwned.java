package org.taskforce.portal.tenancy;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The base of every entity a task force owns. EclipseLink adds {@code tenant_id = <current task force>} to every
 * query on it and writes that value into every row it inserts, taking the task force from the entity manager's
 * {@value #TENANT_PROPERTY} property, which {@link TaskForceBinding} sets with the database's {@code app.tenant_id}
 * at the start of each transaction. The database's row-level security enforces the same rule again underneath.
 *
 * <p>The table of a subclass needs a {@code tenant_id bigint not null} column and the one-line policy of
 * {@code portal_isolate_by_task_force}. Entities are kept out of the shared cache ({@code ENABLE_SELECTIVE} in
 * persistence.xml, and none of them is {@code @Cacheable}), so one task force's records never come back from memory
 * to another.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TaskForceOwned.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public abstract class TaskForceOwned {

    /** The entity manager property that names the current task force's id. */
    public static final String TENANT_PROPERTY = "portal.task-force-id";
}

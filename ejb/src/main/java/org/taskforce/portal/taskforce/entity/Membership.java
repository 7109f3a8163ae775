package org.taskforce.portal.taskforce.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * That a person belongs to a task force, as their token's {@code groups} claim said when they last signed in.
 * Access decisions never rest on this row: they rest on the token. It exists so a task force can list its people.
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.MEMBERS_OF, query = """
        select m.member from Membership m
        where m.taskForce = :taskForce
        order by m.member.displayName""")
public class Membership extends TaskForceOwned {

    public static final String MEMBERS_OF = "Membership.membersOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tenant_id", insertable = false, updatable = false)
    private TaskForce taskForce;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private MemberProfile member;

    protected Membership() {
        // for JPA
    }

    public Membership(TaskForce taskForce, MemberProfile member) {
        this.taskForce = taskForce;
        this.member = member;
    }

    public TaskForce getTaskForce() {
        return taskForce;
    }

    public MemberProfile getMember() {
        return member;
    }
}

package org.taskforce.portal.calendar.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;

/** A member listed on an event: invited, and for a listed event (an operation) one of the few who see it. */
@Entity
@Table(name = "calendar_attendee")
public class Attendee extends TaskForceOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private CalendarEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @BatchFetch(value = BatchFetchType.IN, size = CalendarEvent.BATCH)
    private MemberProfile member;

    protected Attendee() {
        // for JPA
    }

    Attendee(CalendarEvent event, MemberProfile member) {
        this.event = event;
        this.member = member;
    }

    public MemberProfile getMember() {
        return member;
    }
}

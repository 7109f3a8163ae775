-- The shared calendar of each task force: events (single or repeating, RFC 5545 rules), who is listed on them, the
-- occurrences of a series that were moved or cancelled, and each member's secret iCal subscription.
-- All four tables are task-force-owned: row-level security and the audit of every write (portal_isolate_by_task_force).

-- The person's own time zone: the calendar shows times in it, and new events start in it.
alter table member_profile add column time_zone varchar(64) not null default 'America/Asuncion';

create table calendar_event (
    id               bigserial primary key,
    tenant_id        bigint not null references task_force (id),
    -- iCalendar UID: stable for the life of the event, so that calendar clients follow edits and cancellations.
    uid              varchar(120) not null unique,
    title            varchar(200) not null,
    description      varchar(4000),
    location         varchar(300),
    category         varchar(20) not null
                     check (category in ('MEETING', 'TRAINING', 'OPERATION', 'OUTREACH', 'OTHER')),
    -- TASK_FORCE: every member; AGENCY: members of agency_code only; LISTED: the organiser and the attendees only.
    visibility       varchar(20) not null check (visibility in ('TASK_FORCE', 'AGENCY', 'LISTED')),
    agency_code      varchar(63),
    all_day          boolean not null default false,
    -- The first occurrence. An all-day event runs from the start of its first day to the start of the day after its
    -- last, in time_zone.
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    time_zone        varchar(64) not null,
    -- RFC 5545 RRULE value (FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=...), always bounded by UNTIL or COUNT; null: one occurrence.
    rrule            varchar(500),
    -- Reminders, in minutes before the start, comma-separated ("1440,30").
    reminder_minutes varchar(100),
    -- iCalendar SEQUENCE: raised by every change, so that clients replace their copy.
    sequence         integer not null default 0,
    organiser_id     bigint not null references member_profile (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer not null default 0,
    check (ends_at > starts_at),
    -- An operation (a raid, a rescue) is only ever seen by the people listed on it.
    check (category <> 'OPERATION' or visibility = 'LISTED'),
    check (visibility <> 'AGENCY' or agency_code is not null)
);
create index calendar_event_tenant_start on calendar_event (tenant_id, starts_at);

create table calendar_attendee (
    id        bigserial primary key,
    tenant_id bigint not null references task_force (id),
    event_id  bigint not null references calendar_event (id) on delete cascade,
    member_id bigint not null references member_profile (id),
    unique (event_id, member_id)
);
create index calendar_attendee_tenant_member on calendar_attendee (tenant_id, member_id);

-- One occurrence of a series, changed or cancelled; original_start is its RECURRENCE-ID.
create table calendar_occurrence_change (
    id             bigserial primary key,
    tenant_id      bigint not null references task_force (id),
    event_id       bigint not null references calendar_event (id) on delete cascade,
    original_start timestamptz not null,
    cancelled      boolean not null default false,
    starts_at      timestamptz,
    ends_at        timestamptz,
    title          varchar(200),
    location       varchar(300),
    unique (event_id, original_start),
    check (cancelled or (starts_at is not null and ends_at > starts_at))
);
create index calendar_occurrence_change_tenant on calendar_occurrence_change (tenant_id, event_id);

-- A member's secret subscription URL. Only the SHA-256 of the token is kept: a copy of the database gives no feed.
create table calendar_subscription (
    id           bigserial primary key,
    tenant_id    bigint not null references task_force (id),
    member_id    bigint not null references member_profile (id),
    token_hash   varchar(64) not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index calendar_subscription_one_active on calendar_subscription (tenant_id, member_id)
    where revoked_at is null;

select portal_isolate_by_task_force('calendar_event');
select portal_isolate_by_task_force('calendar_attendee');
select portal_isolate_by_task_force('calendar_occurrence_change');
select portal_isolate_by_task_force('calendar_subscription');

grant select, insert, update, delete on calendar_event, calendar_attendee, calendar_occurrence_change,
    calendar_subscription to ${appRole};
grant usage on all sequences in schema public to ${appRole};

-- The feed URL names no task force: this narrow function finds the task force and member of a live token, so that
-- the feed can then read inside that task force like any other request. It returns nothing for a revoked or
-- unknown token, nor once the member has left the task force or the task force is archived.
grant select on calendar_subscription to ${reportingRole};

create function calendar_subscription_by_token(p_token_hash varchar)
    returns table (subscription_id bigint, tenant_id bigint, member_id bigint)
    language sql stable security definer set search_path = public as $$
    select s.id, s.tenant_id, s.member_id
    from calendar_subscription s
    join task_force t on t.id = s.tenant_id and t.archived_at is null
    join membership m on m.tenant_id = s.tenant_id and m.member_id = s.member_id
    where s.token_hash = p_token_hash and s.revoked_at is null
$$;

comment on function calendar_subscription_by_token(varchar) is
    'The task force and member of a live calendar subscription token (by its SHA-256), for the iCal feed.';

alter function calendar_subscription_by_token(varchar) owner to ${reportingRole};
revoke all on function calendar_subscription_by_token(varchar) from public;
grant execute on function calendar_subscription_by_token(varchar) to ${appRole};

-- Meeting minutes (issue 16): a task force's meetings (each shown by a calendar event, the one it was made from or one
-- made with it), who attended (members present or apologised, with their agency then; guests by name and agency),
-- which agencies may see a restricted meeting, its agenda (ordered items with a presenter, planned minutes and the
-- discussion notes as sanitised rich text), each item's typed outcomes (information, decision, action), the actions
-- with their owner, due date and state, and each action's history across the meetings that reviewed it.
-- Every table belongs to the task force of its meeting and gets the one line of portal_isolate_by_task_force.
-- Who within the task force sees a restricted meeting (the agencies listed) is decided by the portal's queries
-- (minutes.control.MinutesQueries): every query on these tables goes through the meeting's visibility.

-- A meeting. calendar_event_id: the event that shows it (null once that event is deleted); starts_at: the
-- occurrence it is the minutes of. visibility TASK_FORCE: every member; AGENCIES: the members of the agencies in
-- meeting_agency only (an operational meeting of police and prosecutors). state: DRAFT (the minute taker and the
-- coordinators edit), CIRCULATED (attendees comment), APPROVED (final; a correction makes a new revision).
create table meeting (
    id                bigserial primary key,
    tenant_id         bigint       not null references task_force (id),
    title             varchar(200) not null,
    location          varchar(300),
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    calendar_event_id bigint references calendar_event (id) on delete set null,
    minute_taker_id   bigint       not null references member_profile (id),
    visibility        varchar(16)  not null check (visibility in ('TASK_FORCE', 'AGENCIES')),
    state             varchar(16)  not null default 'DRAFT' check (state in ('DRAFT', 'CIRCULATED', 'APPROVED')),
    revision          integer      not null default 1 check (revision >= 1),
    created_by        varchar(255) not null,
    created_at        timestamptz  not null default now(),
    updated_by        varchar(255) not null,
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    check (ends_at > starts_at),
    -- One set of minutes per occurrence of an event.
    unique (calendar_event_id, starts_at)
);
create index meeting_tenant_start on meeting (tenant_id, starts_at);

-- The agencies (codes of the task force's agencies, as people's tokens carry them) that see a restricted meeting.
-- JPA writes it as an element collection: its task force comes from the transaction, as the training join tables'.
create table meeting_agency (
    id          bigserial unique,
    tenant_id   bigint      not null default current_setting('app.tenant_id')::bigint references task_force (id),
    meeting_id  bigint      not null references meeting (id) on delete cascade,
    agency_code varchar(63) not null,
    primary key (meeting_id, agency_code)
);
create index meeting_agency_tenant on meeting_agency (tenant_id, agency_code, meeting_id);

-- A member who was expected: PRESENT or APOLOGISED, with the agency they came for (as it was at the meeting).
create table meeting_attendee (
    id          bigserial primary key,
    tenant_id   bigint      not null references task_force (id),
    meeting_id  bigint      not null references meeting (id) on delete cascade,
    member_id   bigint      not null references member_profile (id),
    presence    varchar(16) not null check (presence in ('PRESENT', 'APOLOGISED')),
    agency_code varchar(63),
    unique (meeting_id, member_id)
);
create index meeting_attendee_tenant on meeting_attendee (tenant_id, meeting_id);

-- Someone without a portal account who attended: a name and the agency they came from, as typed.
create table meeting_guest (
    id          bigserial primary key,
    tenant_id   bigint       not null references task_force (id),
    meeting_id  bigint       not null references meeting (id) on delete cascade,
    name        varchar(160) not null,
    agency_name varchar(160)
);
create index meeting_guest_tenant on meeting_guest (tenant_id, meeting_id);

-- An item of the agenda, in order (position 1, 2, ...). notes: the discussion, as HTML that the portal's sanitiser
-- let through (at most 200 KB). Versioned on its own: two people writing the notes of one item meet here.
create table agenda_item (
    id              bigserial primary key,
    tenant_id       bigint       not null references task_force (id),
    meeting_id      bigint       not null references meeting (id) on delete cascade,
    position        integer      not null check (position >= 1),
    title           varchar(200) not null,
    presenter       varchar(160),
    planned_minutes integer      check (planned_minutes between 1 and 600),
    notes           text         check (octet_length(notes) <= 204800),
    updated_by      varchar(255) not null,
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    unique (meeting_id, position) deferrable initially deferred
);
create index agenda_item_tenant on agenda_item (tenant_id, meeting_id, position);

-- What came of an item: INFORMATION (noted), DECISION (what was agreed) or ACTION (what someone is to do: its owner,
-- due date and state are in meeting_action).
create table outcome (
    id         bigserial primary key,
    tenant_id  bigint        not null references task_force (id),
    item_id    bigint        not null references agenda_item (id) on delete cascade,
    position   integer       not null check (position >= 1),
    kind       varchar(16)   not null check (kind in ('INFORMATION', 'DECISION', 'ACTION')),
    text       varchar(2000) not null,
    created_by varchar(255)  not null,
    created_at timestamptz   not null default now()
);
create index outcome_tenant on outcome (tenant_id, item_id, position);

-- An action: what (the outcome's text), its owner (a member, or an agency of the task force: exactly one), due date
-- (never before its meeting) and state. It stays OPEN until a later meeting marks it DONE or DROPPED (with a reason);
-- each review is a row of action_review.
create table meeting_action (
    id                bigserial primary key,
    tenant_id         bigint       not null references task_force (id),
    outcome_id        bigint       not null unique references outcome (id) on delete cascade,
    meeting_id        bigint       not null references meeting (id) on delete cascade,
    owner_member_id   bigint       references member_profile (id),
    owner_agency_code varchar(63),
    due_on            date         not null,
    state             varchar(16)  not null default 'OPEN' check (state in ('OPEN', 'DONE', 'DROPPED')),
    closed_at         timestamptz,
    version           integer      not null default 0,
    check ((owner_member_id is null) <> (owner_agency_code is null)),
    check ((state = 'OPEN') = (closed_at is null))
);
create index meeting_action_tenant on meeting_action (tenant_id, state, due_on);
create index meeting_action_owner on meeting_action (tenant_id, owner_member_id) where owner_member_id is not null;

-- One review of an action in a later meeting: kept OPEN with a note, DONE, or DROPPED with a reason. Together they
-- are the action's history across meetings.
create table action_review (
    id          bigserial primary key,
    tenant_id   bigint        not null references task_force (id),
    action_id   bigint        not null references meeting_action (id) on delete cascade,
    meeting_id  bigint        not null references meeting (id) on delete cascade,
    state       varchar(16)   not null check (state in ('OPEN', 'DONE', 'DROPPED')),
    note        varchar(2000),
    reviewed_by varchar(255)  not null,
    reviewed_at timestamptz   not null default now(),
    unique (action_id, meeting_id),
    check (state <> 'DROPPED' or note is not null)
);
create index action_review_tenant on action_review (tenant_id, meeting_id);

select portal_isolate_by_task_force('meeting');
select portal_isolate_by_task_force('meeting_agency');
select portal_isolate_by_task_force('meeting_attendee');
select portal_isolate_by_task_force('meeting_guest');
select portal_isolate_by_task_force('agenda_item');
select portal_isolate_by_task_force('outcome');
select portal_isolate_by_task_force('meeting_action');
select portal_isolate_by_task_force('action_review');

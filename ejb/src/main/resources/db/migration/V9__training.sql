-- Training records (issue 14): the national reference lists of sponsors and topics, and each task force's trainings,
-- their sessions (one calendar event each), the people trained (participants, with or without a portal account), who
-- teaches, nominations with the sponsors' decisions, attendance per session, and certificates.
-- Every table but the two reference lists belongs to the task force that HOSTS the training (tenant_id) and gets the
-- one line of portal_isolate_by_task_force. Liaisons of a sponsor read across task forces only through the narrow
-- functions of V9.1, never through these tables.

-- Who funds trainings: the U.S. Department of State, the OAS, the Ministry of Women. A liaison's token carries the
-- code in its "sponsor" attribute. Kept by national coordinators, so versioned (optimistic locking).
create table sponsor (
    id                 bigserial primary key,
    code               varchar(32)  not null unique check (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    name               varchar(160) not null,
    -- true: each nominee of a training it funds waits for one of its liaisons to approve or decline.
    approves_attendees boolean      not null default false,
    version            integer      not null default 0
);

-- What trainings are about (victim identification, labour trafficking, ...), named in both languages; national
-- coordinators extend it.
create table training_topic (
    id      bigserial primary key,
    code    varchar(63)  not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_es varchar(120) not null,
    name_en varchar(120) not null,
    version integer      not null default 0
);

grant select, insert, update on sponsor, training_topic to ${appRole};

-- The topics the task forces teach today; national coordinators add more on the sponsors' page.
insert into training_topic (code, name_es, name_en) values
    ('victim-identification', 'Identificación de víctimas', 'Victim identification'),
    ('labour-trafficking', 'Trata con fines de explotación laboral', 'Labour trafficking'),
    ('domestic-servitude', 'Servidumbre doméstica', 'Domestic servitude'),
    ('sexual-exploitation', 'Explotación sexual', 'Sexual exploitation'),
    ('organ-removal', 'Extracción de órganos', 'Organ removal'),
    ('forced-begging', 'Mendicidad forzada', 'Forced begging'),
    ('victim-interviewing', 'Entrevista a víctimas', 'Interviewing victims'),
    ('restoration-services', 'Servicios de restitución de derechos', 'Restoration services');

-- A training hosted by one task force. A national course (national = true) is planned by a national coordinator
-- and hosted in the task force they choose. Hours come from its sessions; completion_percent is the share of them a
-- person must attend to complete it.
create table training (
    id                 bigserial primary key,
    tenant_id          bigint       not null references task_force (id),
    title              varchar(200) not null,
    kind               varchar(24)  not null
                       check (kind in ('AWARENESS', 'SPECIALISED', 'TRAIN_THE_TRAINER', 'REPLICATION')),
    -- BCP 47 language tag of the teaching: es, en, gn (Guaraní), pt...
    language           varchar(35)  not null,
    venue              varchar(300),
    capacity           integer      not null check (capacity between 1 and 10000),
    completion_percent integer      not null default 80 check (completion_percent between 1 and 100),
    national           boolean      not null default false,
    created_by         varchar(255) not null,
    created_at         timestamptz  not null default now(),
    cancelled_at       timestamptz,
    version            integer      not null default 0
);
create index training_tenant on training (tenant_id, id);

-- The join tables take their task force from the transaction's own (app.tenant_id), so that JPA's plain join-table
-- writes fill it; row-level security checks it like any other row's. Their id names the row in the audit trail.
create table training_topics (
    id          bigserial unique,
    tenant_id   bigint not null default current_setting('app.tenant_id')::bigint references task_force (id),
    training_id bigint not null references training (id) on delete cascade,
    topic_id    bigint not null references training_topic (id),
    primary key (training_id, topic_id)
);
create index training_topics_tenant on training_topics (tenant_id, training_id);

create table training_sponsors (
    id          bigserial unique,
    tenant_id   bigint not null default current_setting('app.tenant_id')::bigint references task_force (id),
    training_id bigint not null references training (id) on delete cascade,
    sponsor_id  bigint not null references sponsor (id),
    primary key (training_id, sponsor_id)
);
create index training_sponsors_tenant on training_sponsors (tenant_id, training_id);
-- The liaison's functions start from the sponsor.
create index training_sponsors_sponsor on training_sponsors (sponsor_id, training_id);

-- One sitting of a training. Each is one event of the host task force's calendar (category TRAINING), created,
-- changed and removed with it.
create table training_session (
    id                bigserial primary key,
    tenant_id         bigint      not null references task_force (id),
    training_id       bigint      not null references training (id) on delete cascade,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    calendar_event_id bigint unique references calendar_event (id) on delete set null,
    check (ends_at > starts_at)
);
create index training_session_tenant on training_session (tenant_id, training_id, starts_at);

-- A person trained (or teaching), with or without a portal account: one row per person per task force, however
-- many trainings they take. Their agency is one of the task force's or an outside one, named with its type.
-- normalised_name (lower case, no accents, single spaces) finds likely duplicates together with the agency.
create table participant (
    id                  bigserial primary key,
    tenant_id           bigint       not null references task_force (id),
    name                varchar(200) not null,
    normalised_name     varchar(200) not null,
    agency_id           bigint references agency (id),
    outside_agency_name varchar(160),
    outside_agency_type varchar(32),
    position            varchar(160),
    sex                 varchar(16)  not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'NOT_STATED')),
    email               varchar(254),
    -- The Keycloak username of their portal account, if they have one.
    account             varchar(255),
    created_at          timestamptz  not null default now(),
    version             integer      not null default 0,
    check ((agency_id is null) <> (outside_agency_name is null)),
    check ((outside_agency_name is null) = (outside_agency_type is null))
);
create index participant_tenant_name on participant (tenant_id, normalised_name);
create index participant_tenant_email on participant (tenant_id, lower(email)) where email is not null;
create unique index participant_one_per_account on participant (tenant_id, account) where account is not null;

-- Certificates of those who completed a training. code is the public verification code (at least 128 random bits,
-- URL-safe); a certificate is revoked, never deleted.
create table certificate (
    id             bigserial primary key,
    tenant_id      bigint       not null references task_force (id),
    training_id    bigint       not null references training (id),
    participant_id bigint       not null references participant (id),
    code           varchar(64)  not null unique check (code ~ '^[A-Za-z0-9_-]{22,64}$'),
    issued_at      timestamptz  not null default now(),
    revoked_at     timestamptz,
    revoked_reason varchar(500),
    unique (training_id, participant_id),
    check ((revoked_at is null) = (revoked_reason is null))
);
create index certificate_tenant on certificate (tenant_id, training_id);

-- Who teaches a training. For a REPLICATION, the trainer's certificate of the TRAIN_THE_TRAINER course that made
-- them a trainer (possibly another task force's: found by its verification code, never by reading across).
create table training_trainer (
    id                     bigserial primary key,
    tenant_id              bigint not null references task_force (id),
    training_id            bigint not null references training (id) on delete cascade,
    participant_id         bigint not null references participant (id),
    trainer_certificate_id bigint references certificate (id),
    unique (training_id, participant_id)
);
create index training_trainer_tenant on training_trainer (tenant_id, training_id);
create index training_trainer_certificate on training_trainer (trainer_certificate_id)
    where trainer_certificate_id is not null;

-- A participant put forward for a training. NOMINATED, or AWAITING_APPROVAL while a sponsor that approves attendees
-- has not decided; then CONFIRMED (only they attend) or DECLINED; WITHDRAWN by a coordinator at any time.
create table nomination (
    id             bigserial primary key,
    tenant_id      bigint       not null references task_force (id),
    training_id    bigint       not null references training (id) on delete cascade,
    participant_id bigint       not null references participant (id),
    state          varchar(20)  not null
                   check (state in ('NOMINATED', 'AWAITING_APPROVAL', 'CONFIRMED', 'DECLINED', 'WITHDRAWN')),
    nominated_by   varchar(255) not null,
    nominated_at   timestamptz  not null default now(),
    version        integer      not null default 0,
    unique (training_id, participant_id)
);
create index nomination_tenant on nomination (tenant_id, training_id, state);
create index nomination_training_state on nomination (training_id, state);

-- A sponsor's decision on a nomination, taken by one of its liaisons (decided_by: the liaison's name). Written only
-- by the narrow function of V9.1 that checks the sponsor funds the training: the portal's role may only read it.
create table nomination_decision (
    id            bigserial primary key,
    tenant_id     bigint        not null references task_force (id),
    nomination_id bigint        not null references nomination (id) on delete cascade,
    sponsor_id    bigint        not null references sponsor (id),
    approved      boolean       not null,
    reason        varchar(1000),
    decided_by    varchar(255)  not null,
    decided_at    timestamptz   not null default now(),
    unique (nomination_id, sponsor_id),
    check (approved or reason is not null)
);
create index nomination_decision_tenant on nomination_decision (tenant_id, nomination_id);

-- Attendance of one person at one session. minutes_attended: all of the session for PRESENT, 0 for ABSENT and
-- EXCUSED, what the coordinator enters for LATE and LEFT_EARLY. Hours and completion are computed, not stored.
create table attendance (
    id               bigserial primary key,
    tenant_id        bigint       not null references task_force (id),
    session_id       bigint       not null references training_session (id) on delete cascade,
    participant_id   bigint       not null references participant (id),
    mark             varchar(16)  not null check (mark in ('PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED')),
    minutes_attended integer      not null check (minutes_attended >= 0),
    recorded_by      varchar(255) not null,
    recorded_at      timestamptz  not null default now(),
    version          integer      not null default 0,
    unique (session_id, participant_id),
    check (mark not in ('ABSENT', 'EXCUSED') or minutes_attended = 0)
);
create index attendance_tenant on attendance (tenant_id, session_id);

select portal_isolate_by_task_force('training');
select portal_isolate_by_task_force('training_topics');
select portal_isolate_by_task_force('training_sponsors');
select portal_isolate_by_task_force('training_session');
select portal_isolate_by_task_force('participant');
select portal_isolate_by_task_force('certificate', 'select, insert, update');
select portal_isolate_by_task_force('training_trainer');
select portal_isolate_by_task_force('nomination');
select portal_isolate_by_task_force('nomination_decision', 'select');
select portal_isolate_by_task_force('attendance');

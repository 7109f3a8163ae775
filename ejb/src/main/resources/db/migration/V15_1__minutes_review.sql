-- Review and approval of minutes (issue 16): what attendees say on circulated minutes (a comment, or a correction they
-- propose, on the whole minutes or on one agenda item), and each approved revision of a meeting's minutes as it was
-- approved (its text, kept unchanged: a correction after approval makes the next revision, and the earlier one stays
-- readable and comparable). Both belong to the task force of their meeting and are seen by whoever sees the meeting.

create table minutes_comment (
    id               bigserial primary key,
    tenant_id        bigint        not null references task_force (id),
    meeting_id       bigint        not null references meeting (id) on delete cascade,
    item_id          bigint        references agenda_item (id) on delete set null,
    revision         integer       not null check (revision >= 1),
    kind             varchar(16)   not null check (kind in ('COMMENT', 'CORRECTION')),
    text             varchar(4000) not null,
    author_member_id bigint        not null references member_profile (id),
    author           varchar(255)  not null,
    created_at       timestamptz   not null default now()
);
create index minutes_comment_tenant on minutes_comment (tenant_id, meeting_id, created_at);

-- The text of a revision as it was approved: written once, at approval, never changed.
create table minutes_version (
    id          bigserial primary key,
    tenant_id   bigint       not null references task_force (id),
    meeting_id  bigint       not null references meeting (id) on delete cascade,
    revision    integer      not null check (revision >= 1),
    content     text         not null,
    approved_by varchar(255) not null,
    approved_at timestamptz  not null default now(),
    unique (meeting_id, revision)
);
create index minutes_version_tenant on minutes_version (tenant_id, meeting_id, revision);

select portal_isolate_by_task_force('minutes_comment', 'select, insert');
select portal_isolate_by_task_force('minutes_version', 'select, insert');

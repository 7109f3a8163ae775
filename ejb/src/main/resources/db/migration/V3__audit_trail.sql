-- The audit trail: append-only for the portal, one hash chain per task force (chain 0 holds what happens outside any
-- task force, such as sign-ins). Each event carries the hash of the one before it in its chain, so an edited, deleted
-- or reordered event breaks the chain at that point and audit_verify names it.
--
-- The portal's role cannot insert, update or delete events: it appends through audit_append(), which serialises
-- the appends of a chain, and reads only its own task force's events (row-level security).

create table audit_event (
    id            bigint generated always as identity primary key,
    chain         bigint       not null,
    tenant_id     bigint references task_force (id),
    occurred_at   timestamptz  not null default clock_timestamp(),
    actor         varchar(64)  not null,
    actor_name    varchar(255),
    action        varchar(64)  not null,
    record_type   varchar(64),
    record_id     varchar(64),
    address       varchar(64),
    outcome       varchar(8)   not null check (outcome in ('ALLOWED', 'DENIED')),
    previous_hash bytea        not null,
    hash          bytea        not null,
    check (chain = coalesce(tenant_id, 0))
);

create index audit_event_chain on audit_event (chain, id);
create index audit_event_tenant_time on audit_event (tenant_id, occurred_at);

create table audit_chain_head (
    chain     bigint primary key,
    last_id   bigint not null,
    last_hash bytea  not null
);

comment on table audit_event is 'Who did what to which record, when, from where, allowed or denied; hash-chained per task force.';

-- What the hash covers: every column but the hashes, in a fixed text form.
create function audit_event_hash(previous bytea, e audit_event) returns bytea
    language sql immutable as $$
    select sha256(previous || convert_to(concat_ws('|', e.id, e.chain, e.tenant_id,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.actor, e.actor_name, e.action,
        e.record_type, e.record_id, e.address, e.outcome), 'UTF8'))
$$;

create function audit_append(p_tenant bigint, p_actor varchar, p_actor_name varchar, p_action varchar,
                             p_record_type varchar, p_record_id varchar, p_address varchar, p_outcome varchar)
    returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    v_chain    bigint := coalesce(p_tenant, 0);
    v_previous bytea;
    v_event    audit_event;
begin
    -- One append at a time per chain: the head row is the lock.
    insert into audit_chain_head (chain, last_id, last_hash) values (v_chain, 0, '\x00'::bytea)
    on conflict (chain) do nothing;
    select last_hash into v_previous from audit_chain_head where chain = v_chain for update;

    insert into audit_event (chain, tenant_id, actor, actor_name, action, record_type, record_id, address, outcome,
                             previous_hash, hash)
    values (v_chain, p_tenant, p_actor, p_actor_name, p_action, p_record_type, p_record_id, p_address, p_outcome,
            v_previous, '\x00'::bytea)
    returning * into v_event;

    update audit_event set hash = audit_event_hash(v_previous, v_event) where id = v_event.id
    returning * into v_event;
    update audit_chain_head set last_id = v_event.id, last_hash = v_event.hash where chain = v_chain;
    return v_event.id;
end $$;

-- Walks a chain from its start: the first event whose hash or link does not match, or whose successor is missing
-- (the head remembers the last event), is reported. Returns no row when the chain is intact.
create function audit_verify(p_chain bigint)
    returns table (broken_at bigint, checked bigint)
    language plpgsql stable security definer set search_path = public as $$
declare
    v_expected bytea := '\x00'::bytea;
    v_count    bigint := 0;
    v_last     bigint := 0;
    v_head     audit_chain_head;
    e          audit_event;
begin
    for e in select * from audit_event where chain = p_chain order by id loop
        v_count := v_count + 1;
        if e.previous_hash <> v_expected or e.hash <> audit_event_hash(e.previous_hash, e) then
            broken_at := e.id; checked := v_count; return next; return;
        end if;
        v_expected := e.hash;
        v_last := e.id;
    end loop;
    select * into v_head from audit_chain_head where chain = p_chain;
    if found and (v_head.last_id <> v_last or v_head.last_hash <> v_expected) then
        broken_at := v_head.last_id; checked := v_count; return next;
    end if;
end $$;

-- For coordinators: verifies the chain of the task force of this transaction, and no other.
create function audit_verify_current_task_force()
    returns table (broken_at bigint, checked bigint)
    language sql stable security definer set search_path = public as $$
    select * from audit_verify(current_setting('app.tenant_id')::bigint)
$$;

-- Reading: a task force's own events only; writing only through audit_append.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy task_force_isolation on audit_event for select
    using (tenant_id = current_setting('app.tenant_id')::bigint);
alter table audit_chain_head enable row level security;
alter table audit_chain_head force row level security;

grant select on audit_event to ${appRole};
grant select, insert, update on audit_event, audit_chain_head to ${reportingRole};
alter function audit_append(bigint, varchar, varchar, varchar, varchar, varchar, varchar, varchar) owner to ${reportingRole};
alter function audit_verify(bigint) owner to ${reportingRole};
alter function audit_verify_current_task_force() owner to ${reportingRole};
revoke all on function audit_append(bigint, varchar, varchar, varchar, varchar, varchar, varchar, varchar),
    audit_verify(bigint), audit_verify_current_task_force() from public;
grant execute on function audit_append(bigint, varchar, varchar, varchar, varchar, varchar, varchar, varchar),
    audit_verify_current_task_force() to ${appRole};

-- Every write to a task-force-owned table is audited by the database itself, in the writer's transaction: an insert,
-- update or delete appends RECORD_CREATED, RECORD_CHANGED or RECORD_DELETED (record type = the table, record id = the
-- row's id) to the task force's hash chain. No service can forget it, and a rolled-back write leaves no event.
--
-- Who wrote comes from settings the portal makes per transaction next to app.tenant_id (TaskForceIsolation):
-- app.actor (the Keycloak subject), app.actor_name and app.address. A write without an actor is refused at once.
--
-- Two triggers per table: audit_actor (BEFORE each row) refuses a write without an actor; audit_write appends the
-- event, deferred to the commit. Deferred, because appending takes the next value of audit_event's sequence, and
-- EclipseLink reads a new row's IDENTITY id with lastval() right after its insert: an append in between would hand it
-- the audit event's id. Deferred row events still carry the row as written, in the order written, and the settings
-- of the transaction (one transaction has one actor).

create function audit_require_actor() returns trigger
    language plpgsql as $$
begin
    if nullif(current_setting('app.actor', true), '') is null then
        raise exception 'write to % without an actor: set app.actor for this transaction', tg_table_name
            using errcode = 'insufficient_privilege';
    end if;
    return coalesce(new, old);
end $$;

comment on function audit_require_actor() is
    'Trigger of every task-force-owned table (portal_isolate_by_task_force): refuses a write nobody answers for.';

create function audit_write() returns trigger
    language plpgsql as $$
declare
    v_row    jsonb := to_jsonb(coalesce(new, old));
    v_actor  text  := nullif(current_setting('app.actor', true), '');
begin
    if v_actor is null then
        raise exception 'write to % without an actor: set app.actor for this transaction', tg_table_name
            using errcode = 'insufficient_privilege';
    end if;
    perform audit_append((v_row ->> 'tenant_id')::bigint, v_actor::varchar,
        nullif(current_setting('app.actor_name', true), '')::varchar,
        (case tg_op when 'INSERT' then 'RECORD_CREATED' when 'UPDATE' then 'RECORD_CHANGED' else 'RECORD_DELETED' end)::varchar,
        tg_table_name::varchar, (v_row ->> 'id')::varchar,
        nullif(current_setting('app.address', true), '')::varchar, 'ALLOWED'::varchar);
    return null;
end $$;

comment on function audit_write() is
    'Trigger of every task-force-owned table (portal_isolate_by_task_force): audits each row written, by whom.';

-- Makes a table task-force-owned (see V2), now with the audit of its writes. Still one line per table:
--     select portal_isolate_by_task_force('my_table');
create or replace function portal_isolate_by_task_force(target regclass) returns void
    language plpgsql as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('drop policy if exists task_force_isolation on %s', target);
    execute format($policy$
        create policy task_force_isolation on %s
            using (tenant_id = current_setting('app.tenant_id')::bigint)
            with check (tenant_id = current_setting('app.tenant_id')::bigint)$policy$, target);
    execute format('drop trigger if exists audit_actor on %s', target);
    execute format('create trigger audit_actor before insert or update or delete on %s
                    for each row execute function audit_require_actor()', target);
    execute format('drop trigger if exists audit_write on %s', target);
    execute format('create constraint trigger audit_write after insert or update or delete on %s
                    deferrable initially deferred for each row execute function audit_write()', target);
end $$;

select portal_isolate_by_task_force('agency');
select portal_isolate_by_task_force('membership');

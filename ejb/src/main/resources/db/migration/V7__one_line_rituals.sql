-- The SQL ritual shrinks to one line per kind of object, each helper documented where it is made:
--   a task-force-owned table      create table ... ;  select portal_isolate_by_task_force('my_table');
--   a function across task forces create function ... ;  select portal_reporting_function('my_function(bigint)');
--   a transaction for a task force select portal_act_for(task_force, actor, actor_name, address);
-- and sequences need no line at all: the portal's role may use every sequence the owner creates from now on.

-- Binds the current transaction to a task force (app.tenant_id, which row-level security reads) and names who acts
-- in it (app.actor, app.actor_name, app.address, which the audit trigger records and without which it refuses a
-- write). Every setting is made with set_config(..., true): it ends with the transaction, so a pooled connection
-- never carries it over to the next one. The portal calls it through TaskForceBinding, tests through JdbcTaskForce;
-- a null actor leaves the transaction able to read and unable to write.
create function portal_act_for(task_force bigint, actor varchar, actor_name varchar, address varchar)
    returns void
    language plpgsql as $$
begin
    if task_force is null then
        raise exception 'portal_act_for: no task force' using errcode = 'null_value_not_allowed';
    end if;
    perform set_config('app.tenant_id', task_force::text, true),
            set_config('app.actor', coalesce(actor, ''), true),
            set_config('app.actor_name', coalesce(actor_name, ''), true),
            set_config('app.address', coalesce(address, ''), true);
end $$;

comment on function portal_act_for(bigint, varchar, varchar, varchar) is
    'Binds this transaction to a task force and names who acts in it (set_config(..., true)).';

revoke all on function portal_act_for(bigint, varchar, varchar, varchar) from public;
grant execute on function portal_act_for(bigint, varchar, varchar, varchar) to ${appRole};

-- Sequences: whatever sequence the owner creates (serial, bigserial, identity), the portal's role may take its next
-- value and read its last one (EclipseLink reads a new row's id with lastval()). No more "grant usage on all
-- sequences" after each table. Only sequences: a table's privileges are decided with the table (below).
alter default privileges in schema public grant usage on sequences to ${appRole};

-- Makes a table task-force-owned (see V2 and V4), and now also says what the portal's role may do with it. One line:
--     select portal_isolate_by_task_force('my_table');
-- gives it row-level security enabled and FORCED (not even the owner escapes it) with the standard policy on
-- tenant_id, the audit of every write, and exactly select, insert, update and delete for ${appRole}: what each of the
-- portal's task-force-owned tables needs, and still nothing that row-level security does not govern (never truncate,
-- references or trigger). A table the portal must use less freely says so in a second argument, for instance
--     select portal_isolate_by_task_force('case_note_version', 'select, insert');   -- written once, never changed
-- and '' leaves the portal's role nothing on it (only functions reach it). Any earlier grant to ${appRole} on the
-- table is replaced, so the line states the whole truth.
drop function portal_isolate_by_task_force(regclass);

create function portal_isolate_by_task_force(target regclass,
                                             portal_may text default 'select, insert, update, delete')
    returns void
    language plpgsql as $$
declare
    granted text[] := array_remove(regexp_split_to_array(lower(trim(portal_may)), '\s*,\s*'), '');
begin
    if granted is null or not granted <@ array['select', 'insert', 'update', 'delete'] then
        raise exception 'portal_isolate_by_task_force(%): the portal may get select, insert, update, delete; not "%"',
            target, portal_may using errcode = 'invalid_parameter_value';
    end if;
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
    execute format('revoke all on %s from %I', target, '${appRole}');
    if cardinality(granted) > 0 then
        execute format('grant %s on %s to %I', array_to_string(granted, ', '), target, '${appRole}');
    end if;
end $$;

comment on function portal_isolate_by_task_force(regclass, text) is
    'Makes a table task-force-owned: forced row-level security on tenant_id, audited writes, the portal''s privileges.';

revoke all on function portal_isolate_by_task_force(regclass, text) from public;

-- The task-force-owned tables so far, now with their privileges stated by the same line (unchanged: all four).
select portal_isolate_by_task_force('agency');
select portal_isolate_by_task_force('membership');
select portal_isolate_by_task_force('calendar_event');
select portal_isolate_by_task_force('calendar_attendee');
select portal_isolate_by_task_force('calendar_occurrence_change');
select portal_isolate_by_task_force('calendar_subscription');

-- Makes a function one of the narrow ways across task forces (or into what the portal may not touch itself, such as
-- the audit chain). One line after its plain CREATE FUNCTION:
--     select portal_reporting_function('my_function(bigint)');
-- and it runs as ${reportingRole} (which cannot sign in and bypasses row-level security), SECURITY DEFINER, with
-- search_path = public, pg_temp (pg_temp last: otherwise a temporary table of the caller's session named like one of
-- ours, say task_force, is read or written instead of ours), executable by ${appRole} and nobody else. With false as
-- second argument not even by ${appRole}: for administrators' functions such as audit_verify(bigint).
-- What such a function may read is granted to ${reportingRole} table by table, on purpose, next to the function.
create function portal_reporting_function(target regprocedure, portal_may_call boolean default true)
    returns void
    language plpgsql as $$
begin
    execute format('alter function %s owner to %I', target, '${reportingRole}');
    execute format('alter function %s security definer', target);
    execute format('alter function %s set search_path = public, pg_temp', target);
    execute format('revoke all on function %s from public', target);
    if portal_may_call then
        execute format('grant execute on function %s to %I', target, '${appRole}');
    end if;
end $$;

comment on function portal_reporting_function(regprocedure, boolean) is
    'Makes a function run as the reporting role: owner, SECURITY DEFINER, a safe search_path, execute for the portal.';

revoke all on function portal_reporting_function(regprocedure, boolean) from public;

-- The functions across task forces so far, made again the new way (same results as in V2 and V5).
drop function task_force_summaries();

create function task_force_summaries()
    returns table (slug varchar, name varchar, department varchar, city varchar, members bigint, agencies bigint)
    language sql stable as $$
    select t.slug, t.name, t.department, t.city,
           (select count(*) from membership m where m.tenant_id = t.id),
           (select count(*) from agency a where a.tenant_id = t.id)
    from task_force t
    where t.archived_at is null
    order by t.name
$$;
select portal_reporting_function('task_force_summaries()');

comment on function task_force_summaries() is
    'Every active task force with its number of members and agencies: the national coordinator''s list.';

drop function task_forces_of_member(bigint);

create function task_forces_of_member(member bigint) returns setof bigint
    language sql stable as $$
    select tenant_id from membership where member_id = member
$$;
select portal_reporting_function('task_forces_of_member(bigint)');

comment on function task_forces_of_member(bigint) is
    'The task forces a person belongs to, so that sign-in can bring their memberships in step with their token.';

drop function calendar_subscription_by_token(varchar);

create function calendar_subscription_by_token(p_token_hash varchar)
    returns table (subscription_id bigint, tenant_id bigint, member_id bigint)
    language sql stable as $$
    select s.id, s.tenant_id, s.member_id
    from calendar_subscription s
    join task_force t on t.id = s.tenant_id and t.archived_at is null
    join membership m on m.tenant_id = s.tenant_id and m.member_id = s.member_id
    where s.token_hash = p_token_hash and s.revoked_at is null
$$;
select portal_reporting_function('calendar_subscription_by_token(varchar)');

comment on function calendar_subscription_by_token(varchar) is
    'The task force and member of a live calendar subscription token (by its SHA-256), for the iCal feed.';

-- The audit chain's functions (V3) run as ${reportingRole} too: the same line gives them pg_temp last in their
-- search_path, so that no temporary audit_event or audit_chain_head of the caller's session takes the appends.
-- Their bodies are unchanged; audit_verify(bigint) stays the administrators' (bin/audit-verify.sh).
select portal_reporting_function('audit_append(bigint, varchar, varchar, varchar, varchar, varchar, varchar, varchar)');
select portal_reporting_function('audit_verify_current_task_force()');
select portal_reporting_function('audit_verify(bigint)', false);

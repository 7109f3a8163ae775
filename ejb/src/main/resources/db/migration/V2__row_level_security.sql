-- Tenant isolation in the database: whatever the application asks, a transaction sees and writes only the rows of
-- the task force named by the setting app.tenant_id, which the portal sets per transaction (set_config(..., true)).
-- With the setting missing or empty the policies raise an error: no tenant, no rows.

-- Makes a table task-force-owned: row-level security enabled and FORCED (so that not even the owner escapes it) with
-- one policy on its tenant_id column. A new task-force-owned table needs one line in its migration:
--     select portal_isolate_by_task_force('my_table');
create function portal_isolate_by_task_force(target regclass) returns void
    language plpgsql as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('drop policy if exists task_force_isolation on %s', target);
    execute format($policy$
        create policy task_force_isolation on %s
            using (tenant_id = current_setting('app.tenant_id')::bigint)
            with check (tenant_id = current_setting('app.tenant_id')::bigint)$policy$, target);
end $$;

revoke all on function portal_isolate_by_task_force(regclass) from public;

select portal_isolate_by_task_force('agency');
select portal_isolate_by_task_force('membership');

create index agency_tenant on agency (tenant_id);

-- The narrow path across task forces. These functions run as ${reportingRole}, a role that cannot sign in and
-- bypasses row-level security, and return aggregates or a person's own memberships: never a task force's records.
-- The portal's role may only call them.
grant select on task_force, agency, membership to ${reportingRole};

create function task_force_summaries()
    returns table (slug varchar, name varchar, department varchar, city varchar, members bigint, agencies bigint)
    language sql stable security definer set search_path = public as $$
    select t.slug, t.name, t.department, t.city,
           (select count(*) from membership m where m.tenant_id = t.id),
           (select count(*) from agency a where a.tenant_id = t.id)
    from task_force t
    where t.archived_at is null
    order by t.name
$$;

comment on function task_force_summaries() is
    'Every active task force with its number of members and agencies: the national coordinator''s list.';

create function task_forces_of_member(member bigint) returns setof bigint
    language sql stable security definer set search_path = public as $$
    select tenant_id from membership where member_id = member
$$;

comment on function task_forces_of_member(bigint) is
    'The task forces a person belongs to, so that sign-in can bring their memberships in step with their token.';

alter function task_force_summaries() owner to ${reportingRole};
alter function task_forces_of_member(bigint) owner to ${reportingRole};
revoke all on function task_force_summaries(), task_forces_of_member(bigint) from public;
grant execute on function task_force_summaries(), task_forces_of_member(bigint) to ${appRole};

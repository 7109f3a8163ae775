-- National courses (issue 14, item 2): a national coordinator plans a course in the task force they choose to host it
-- (the portal's NationalCourses service) and follows it from the national overview. National coordinators belong to
-- no task force, so they see these courses across task forces only through this function: one row per national
-- course, with its host, dates, sponsors and how many people are nominated, confirmed and completed. Counts only, and
-- a count between 1 and 4 comes back null, as every cross-task-force figure (ARCHITECTURE.md: small counts).
create function national_courses()
    returns table (training_id bigint, task_force_id bigint, task_force_name varchar, title varchar, kind varchar,
                   capacity integer, first_start timestamptz, last_end timestamptz, cancelled boolean,
                   sponsors varchar, nominated bigint, confirmed bigint, completed bigint, version integer)
    language sql stable as $$
    with results as (
        select * from training_results()
    ), courses as (
        select t.id, t.tenant_id, tf.name as tf_name, t.title, t.kind, t.capacity,
               (select min(s.starts_at) from training_session s where s.training_id = t.id) as first_start,
               (select max(s.ends_at) from training_session s where s.training_id = t.id) as last_end,
               t.cancelled_at is not null as cancelled,
               (select string_agg(sp.name, ', ' order by sp.name) from training_sponsors ts
                join sponsor sp on sp.id = ts.sponsor_id where ts.training_id = t.id)::varchar as sponsors,
               (select count(*) from nomination n where n.training_id = t.id
                                                  and n.state not in ('DECLINED', 'WITHDRAWN')) as nominated,
               (select count(*) from nomination n where n.training_id = t.id and n.state = 'CONFIRMED') as confirmed,
               (select count(*) from results x where x.training_id = t.id and x.completed) as completed,
               t.version
        from training t
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where t.national
    )
    select id, tenant_id, tf_name, title, kind, capacity, first_start, last_end, cancelled, sponsors,
           case when nominated = 0 or nominated >= 5 then nominated end,
           case when confirmed = 0 or confirmed >= 5 then confirmed end,
           case when completed = 0 or completed >= 5 then completed end,
           version
    from courses
    order by first_start desc nulls last, id desc
$$;
select portal_reporting_function('national_courses()');

comment on function national_courses() is
    'The national courses across task forces, with host, dates, sponsors and people counts (small counts hidden).';

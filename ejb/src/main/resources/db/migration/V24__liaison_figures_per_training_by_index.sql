-- The liaison's list and figures read each training's people by index (issue 14: the liaison's list over 5 years of
-- trainings in 18 task forces within 150 ms at p95; 118 / 153 ms at p50 / p95 alone on the server at scale 1 before).
--
-- Both went through sponsor_results() (V20), which found the sponsor's trainings of the period a second time and, for
-- the figures, joined them to every confirmed nomination and every attendance total of every task force by hashing
-- them all (69,961 and 66,139 rows at scale 1) to keep 6,374. Now each training's nominations and totals are read by
-- its own index, in one pass that also counts the nominations and approvals. Alone, at scale 1, a sponsor with 329
-- trainings in the period: sponsor_trainings() 45 -> 9 ms a call, sponsor_training_figures() 35 -> 21 ms. The
-- results are the same (a checksum of each function's rows, before and after, for two sponsors, this period and
-- every year, on the benchmark's database).
--
-- The completion rule (V10: the minutes attended reach completion_percent of the training's minutes) is now one
-- function, training_completed(), used here and by the two reporting functions that wrote it out.

create function training_completed(p_minutes_attended numeric, p_training_minutes numeric, p_completion_percent integer)
    returns boolean language sql immutable as $$
    select coalesce(p_training_minutes, 0) > 0
       and coalesce(p_minutes_attended, 0) * 100 >= p_training_minutes * p_completion_percent
$$;
-- Inlined where it is used: it reads no table, so it needs neither the reporting role nor a search path of its own.
comment on function training_completed(numeric, numeric, integer) is
    'Whether minutes attended complete a training of these minutes under its completion rule (a percentage of them).';

drop function sponsor_trainings(varchar, timestamptz);
create function sponsor_trainings(p_sponsor varchar, p_since timestamptz default null)
    returns table (training_id bigint, task_force_name varchar, title varchar, kind varchar, capacity integer,
                   first_start timestamptz, last_end timestamptz, cancelled boolean, status varchar,
                   nominated bigint, approved bigint, confirmed bigint, attended bigint, completed bigint,
                   hours_attended numeric)
    language sql stable as $$
    with funded as materialized (
        select t.id, tf.name as tf_name, t.title, t.kind, t.capacity, sp.id as sponsor_id, t.completion_percent,
               t.cancelled_at is not null as cancelled
        from sponsor sp
        join training_sponsors ts on ts.sponsor_id = sp.id
        join training t on t.id = ts.training_id
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where sp.code = p_sponsor and training_since(t.id, p_since)
    ), spans as (
        select s.training_id, min(s.starts_at) as first_start, max(s.ends_at) as last_end,
               sum(date_part('epoch', s.ends_at - s.starts_at)::bigint / 60) as total
        from funded f join training_session s on s.training_id = f.id
        group by s.training_id
    )
    select f.id, f.tf_name, f.title, f.kind, f.capacity, sp.first_start, sp.last_end, f.cancelled,
           (case when f.cancelled then 'CANCELLED'
                 when sp.first_start is null or sp.first_start > now() then 'PLANNED'
                 when sp.last_end > now() then 'UNDER_WAY'
                 else 'HELD' end)::varchar,
           c.nominated, c.approved, c.confirmed, c.attended, c.completed, coalesce(c.hours, 0)
    from funded f
    left join spans sp on sp.training_id = f.id
    cross join lateral (  -- the training's nominations by index, with their approvals and attendance totals
        select count(*) filter (where n.state not in ('DECLINED', 'WITHDRAWN')) as nominated,
               count(d.id) as approved,
               count(*) filter (where n.state = 'CONFIRMED') as confirmed,
               count(*) filter (where n.state = 'CONFIRMED' and m.minutes > 0) as attended,
               count(*) filter (where n.state = 'CONFIRMED'
                                  and training_completed(m.minutes, sp.total, f.completion_percent)) as completed,
               round(sum(coalesce(m.minutes, 0)) filter (where n.state = 'CONFIRMED') / 60.0, 1) as hours
        from nomination n
        left join nomination_decision d on d.nomination_id = n.id and d.sponsor_id = f.sponsor_id and d.approved
        left join training_attendance_total m on m.training_id = n.training_id and m.participant_id = n.participant_id
        where n.training_id = f.id
    ) c
    order by sp.first_start desc nulls last, f.id desc
$$;
select portal_reporting_function('sponsor_trainings(varchar, timestamptz)');

comment on function sponsor_trainings(varchar, timestamptz) is
    'The trainings a sponsor funds from p_since on (null: all), in every task force, with their people''s figures.';

drop function sponsor_training_figures(varchar, timestamptz);
create function sponsor_training_figures(p_sponsor varchar, p_since timestamptz default null)
    returns table (dimension varchar, category varchar, people_confirmed bigint, people_attended bigint,
                   people_completed bigint, hours_attended numeric)
    language sql stable as $$
    with funded as materialized (
        select t.id, t.completion_percent,
               coalesce((select sum(date_part('epoch', s.ends_at - s.starts_at)::bigint / 60)
                         from training_session s where s.training_id = t.id), 0) as total
        from sponsor sp
        join training_sponsors ts on ts.sponsor_id = sp.id
        join training t on t.id = ts.training_id and t.cancelled_at is null
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where sp.code = p_sponsor and training_since(t.id, p_since)
    ), people as (
        -- Each training's people counted by index, by agency type and sex. (Without the grouping here PostgreSQL
        -- flattens the lateral join and hashes every confirmed nomination of every task force again.)
        select x.*
        from funded f
        cross join lateral (
            select coalesce(a.type, p.outside_agency_type) as agency_type, p.sex, count(*) as confirmed,
                   count(*) filter (where m.minutes > 0) as attended,
                   count(*) filter (where training_completed(m.minutes, f.total, f.completion_percent)) as completed,
                   sum(coalesce(m.minutes, 0)) as minutes
            from nomination n
            join participant p on p.id = n.participant_id
            left join agency a on a.id = p.agency_id
            left join training_attendance_total m on m.training_id = n.training_id
                                                 and m.participant_id = n.participant_id
            where n.training_id = f.id and n.state = 'CONFIRMED'
            group by 1, 2
        ) x
    ), groups as (
        select case when grouping(agency_type) = 0 then 'AGENCY_TYPE' else 'SEX' end as dimension,
               case when grouping(agency_type) = 0 then agency_type else sex end as category,
               sum(confirmed) as confirmed, sum(attended) as attended, sum(completed) as completed,
               round(sum(minutes) / 60.0, 1) as hours
        from people
        group by grouping sets ((agency_type), (sex))
    )
    select dimension::varchar, category::varchar,
           case when confirmed >= 5 then confirmed end::bigint,
           case when confirmed >= 5 and (attended = 0 or attended >= 5) then attended end::bigint,
           case when confirmed >= 5 and (completed = 0 or completed >= 5) then completed end::bigint,
           case when confirmed >= 5 then hours end
    from groups
    order by 1, 2
$$;
select portal_reporting_function('sponsor_training_figures(varchar, timestamptz)');

comment on function sponsor_training_figures(varchar, timestamptz) is
    'A sponsor''s trainings'' people confirmed, attended, completed and hours, by agency type and by sex, for the trainings '
    'from p_since on (null: all); small groups hidden.';

-- The two reporting functions that wrote the completion rule out, with training_completed() (same bodies otherwise:
-- V17 and V20).
create or replace function training_results()
    returns table (training_id bigint, tenant_id bigint, participant_id bigint, minutes_attended bigint,
                   training_minutes bigint, completed boolean)
    language sql stable as $$
    with minutes as (
        select s.training_id, sum(date_part('epoch', s.ends_at - s.starts_at)::bigint / 60) as total
        from training_session s
        group by s.training_id
    )
    select t.id, t.tenant_id, n.participant_id, coalesce(m.minutes, 0), coalesce(x.total, 0),
           training_completed(m.minutes, x.total, t.completion_percent)
    from training t
    join nomination n on n.training_id = t.id and n.state = 'CONFIRMED'
    left join minutes x on x.training_id = t.id
    left join training_attendance_total m on m.training_id = t.id and m.participant_id = n.participant_id
    where t.cancelled_at is null
$$;
select portal_reporting_function('training_results()', false);

create or replace function sponsor_results(p_sponsor varchar, p_from timestamptz, p_to timestamptz,
                                           p_training bigint default null, p_since timestamptz default null)
    returns table (training_id bigint, tenant_id bigint, participant_id bigint, minutes_attended bigint,
                   minutes_in_range bigint, training_minutes bigint, completed boolean)
    language sql stable as $$
    with funded as materialized (  -- else PostgreSQL inlines it, and sums each training's sessions once per person
        select t.id, t.tenant_id, t.completion_percent,
               coalesce((select sum(date_part('epoch', s.ends_at - s.starts_at)::bigint / 60)
                         from training_session s where s.training_id = t.id), 0) as total
        from sponsor sp
        join training_sponsors ts on ts.sponsor_id = sp.id
        join training t on t.id = ts.training_id
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where sp.code = p_sponsor and (p_training is null or t.id = p_training) and training_since(t.id, p_since)
    )
    select f.id, f.tenant_id, n.participant_id, coalesce(m.minutes, 0), coalesce(r.in_range, 0), f.total,
           training_completed(m.minutes, f.total, f.completion_percent)
    from funded f
    join nomination n on n.training_id = f.id and n.state = 'CONFIRMED'
    left join training_attendance_total m on m.training_id = f.id and m.participant_id = n.participant_id
    left join lateral (
        select sum(attendance_credited_minutes(a.mark, a.minutes_attended, s.starts_at, s.ends_at)) as in_range
        from training_session s
        join attendance a on a.session_id = s.id and a.participant_id = n.participant_id
        where p_from is not null and s.training_id = f.id and s.starts_at >= p_from and s.starts_at < p_to
    ) r on true
$$;
select portal_reporting_function('sponsor_results(varchar, timestamptz, timestamptz, bigint, timestamptz)', false);

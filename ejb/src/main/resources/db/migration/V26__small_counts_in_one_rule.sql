-- Small counts, one rule (ARCHITECTURE.md: national and sponsor views show no count between 1 and the suppression
-- threshold, and no total that reveals one). Until now six functions wrote the rule out 18 times ("x = 0 or x >= 5",
-- "confirmed >= 5"); a change of the threshold had to find them all. Here it is written once, and the six functions
-- are the same as before (V10, V13, V15_2, V20, V24) with their counts passed through it. Their answers are unchanged:
-- compared row for row before and after on the load benchmark's scale-1 data (seed 15), and by the tests that plant
-- groups of 1 to 4 people (NationalCoursesIT, LiaisonViewIT, CascadeIT, MinutesIT, AttendanceJourneyIT).
--
-- The three are plain SQL and immutable, so PostgreSQL inlines them into the queries that call them: no cost (the six
-- functions took as long before as after). The six are made again as V7 makes every reporting function.

-- The threshold: a group of fewer people than this is never counted outside its task force.
create function portal_small_count_threshold() returns integer
    language sql immutable parallel safe
    as $$ select 5 $$;

comment on function portal_small_count_threshold() is
    'Small counts: a count of 1 to this number minus one is never shown outside its task force.';

-- A count as a national or sponsor view may show it: itself when 0 or at least the threshold, else null ("fewer
-- than 5" on the screens). Any number type (count(*) is bigint; a sum may be numeric).
create function portal_shown_count(n anyelement) returns anyelement
    language sql immutable parallel safe
    as $$ select case when n = 0 or n >= public.portal_small_count_threshold() then n end $$;

comment on function portal_shown_count(anyelement) is
    'Small counts: the count itself when 0 or at least portal_small_count_threshold(), else null.';

-- Whether a group is large enough for any figure about it (its hours, how many of it attended) to be shown: a figure
-- of a group of 3 people, even "0 attended", tells about those 3.
create function portal_large_group(n anyelement) returns boolean
    language sql immutable parallel safe
    as $$ select n >= public.portal_small_count_threshold() $$;

comment on function portal_large_group(anyelement) is
    'Small counts: whether a group of n people is large enough for figures about it to be shown.';

create or replace function training_summaries()
    returns table (task_force_name varchar, sponsor_name varchar, trainings_planned bigint, trainings_held bigint, people_nominated bigint, people_confirmed bigint)
    language sql stable as $function$
    with per_training as materialized (
        select t.id, t.tenant_id, coalesce(l.ends_at < now(), false) as held
        from training t
        cross join lateral (select max(s.ends_at) as ends_at
                            from training_session s where s.training_id = t.id) l
        where t.cancelled_at is null
          and (l.ends_at is null or l.ends_at > now() - interval '12 months')
    ), rows as (
        select tf.name as task_force_name, sp.name as sponsor_name,
               count(distinct pt.id) as planned,
               count(distinct pt.id) filter (where pt.held) as held,
               count(distinct n.participant_id) filter (where n.state not in ('DECLINED', 'WITHDRAWN')) as nominated,
               count(distinct n.participant_id) filter (where n.state = 'CONFIRMED') as confirmed
        from per_training pt
        join task_force tf on tf.id = pt.tenant_id and tf.archived_at is null
        left join training_sponsors ts on ts.training_id = pt.id
        left join sponsor sp on sp.id = ts.sponsor_id
        left join nomination n on n.training_id = pt.id
        group by tf.name, sp.name
    )
    select task_force_name, sponsor_name, planned, held,
           portal_shown_count(nominated),
           portal_shown_count(confirmed)
    from rows
    order by task_force_name, sponsor_name nulls last
$function$;
select portal_reporting_function('training_summaries()');

create or replace function national_courses()
    returns table (training_id bigint, task_force_id bigint, task_force_name varchar, title varchar, kind varchar, capacity integer, first_start timestamp with time zone, last_end timestamp with time zone, cancelled boolean, sponsors varchar, nominated bigint, confirmed bigint, completed bigint, version integer)
    language sql stable as $function$
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
           portal_shown_count(nominated),
           portal_shown_count(confirmed),
           portal_shown_count(completed),
           version
    from courses
    order by first_start desc nulls last, id desc
$function$;
select portal_reporting_function('national_courses()');

create or replace function training_cascade(p_course bigint, p_national boolean)
    returns table (certificate_id bigint, trainer_participant_id bigint, trainer_initials varchar, trainer_revoked boolean, replication_id bigint, replication_task_force varchar, replication_own boolean, replication_title varchar, replication_first_day date, sponsors varchar, people_confirmed bigint, people_attended bigint, people_completed bigint)
    language sql stable as $function$
    with course as (
        select t.id, t.tenant_id from training t
        where t.id = p_course and t.kind = 'TRAIN_THE_TRAINER'
          and (p_national or t.tenant_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    ), results as (
        select * from training_results()
    ), rows as (
        select c.id as certificate_id, c.participant_id,
               person_initials(p.name) as initials,
               c.revoked_at is not null as revoked,
               r.id as replication_id, tf.name as tf_name, r.tenant_id = course.tenant_id as own, r.title,
               ((select min(s.starts_at) from training_session s where s.training_id = r.id)
                   at time zone 'America/Asuncion')::date as first_day,
               (select string_agg(sp.name, ', ' order by sp.name) from training_sponsors ts
                join sponsor sp on sp.id = ts.sponsor_id where ts.training_id = r.id)::varchar as sponsors,
               (select count(*) from results x where x.training_id = r.id) as confirmed,
               (select count(*) from results x where x.training_id = r.id and x.minutes_attended > 0) as attended,
               (select count(*) from results x where x.training_id = r.id and x.completed) as completed
        from course
        join certificate c on c.training_id = course.id
        join participant p on p.id = c.participant_id
        left join training_trainer tt on tt.trainer_certificate_id = c.id
        left join training r on r.id = tt.training_id and r.kind = 'REPLICATION' and r.cancelled_at is null
        left join task_force tf on tf.id = r.tenant_id
    )
    select certificate_id, participant_id, initials, revoked, replication_id, tf_name, own, title, first_day,
           sponsors,
           case when own then confirmed else portal_shown_count(confirmed) end,
           case when own then attended else portal_shown_count(attended) end,
           case when own then completed else portal_shown_count(completed) end
    from rows
    order by initials, certificate_id, first_day nulls last, replication_id
$function$;
select portal_reporting_function('training_cascade(bigint, boolean)');

create or replace function training_attendance_figures()
    returns table (task_force_name varchar, sponsor_name varchar, agency_type varchar, sex varchar, people_confirmed bigint, people_attended bigint, people_completed bigint, hours_attended numeric)
    language sql stable as $function$
    with rows as (
        select tf.name as tf_name, sp.name as sp_name,
               coalesce(a.type, p.outside_agency_type) as agency_type, p.sex,
               count(*) as confirmed,
               count(*) filter (where x.minutes_attended > 0) as attended,
               count(*) filter (where x.completed) as completed,
               round(sum(x.minutes_attended) / 60.0, 1) as hours
        from training_results() x
        join task_force tf on tf.id = x.tenant_id and tf.archived_at is null
        join participant p on p.id = x.participant_id
        left join agency a on a.id = p.agency_id
        left join training_sponsors ts on ts.training_id = x.training_id
        left join sponsor sp on sp.id = ts.sponsor_id
        group by tf.name, sp.name, coalesce(a.type, p.outside_agency_type), p.sex
    )
    select tf_name, sp_name, agency_type, sex,
           case when portal_large_group(confirmed) then confirmed end,
           case when portal_large_group(confirmed) then portal_shown_count(attended) end,
           case when portal_large_group(confirmed) then portal_shown_count(completed) end,
           case when portal_large_group(confirmed) then hours end
    from rows
    order by tf_name, sp_name nulls last, agency_type, sex
$function$;
select portal_reporting_function('training_attendance_figures()');

create or replace function sponsor_training_figures(p_sponsor varchar, p_since timestamptz default null)
    returns table (dimension varchar, category varchar, people_confirmed bigint, people_attended bigint, people_completed bigint, hours_attended numeric)
    language sql stable as $function$
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
           case when portal_large_group(confirmed) then confirmed end::bigint,
           case when portal_large_group(confirmed) then portal_shown_count(attended) end::bigint,
           case when portal_large_group(confirmed) then portal_shown_count(completed) end::bigint,
           case when portal_large_group(confirmed) then hours end
    from groups
    order by 1, 2
$function$;
select portal_reporting_function('sponsor_training_figures(varchar, timestamptz)');

create or replace function minutes_attendance_figures()
    returns table (task_force_name varchar, agency_type varchar, present bigint, apologised bigint)
    language sql stable as $function$
    with rows as (
        select tf.name as tf_name, coalesce(ag.type, 'OTHER') as agency_type,
               count(*) filter (where x.presence = 'PRESENT') as present,
               count(*) filter (where x.presence = 'APOLOGISED') as apologised
        from meeting_attendee x
        join meeting m on m.id = x.meeting_id and m.visibility = 'TASK_FORCE'
                      and m.starts_at <= now() and m.starts_at > now() - interval '12 months'
        join task_force tf on tf.id = x.tenant_id and tf.archived_at is null
        left join agency ag on ag.tenant_id = x.tenant_id and ag.code = x.agency_code
        group by tf.name, coalesce(ag.type, 'OTHER')
    )
    select tf_name, agency_type,
           case when portal_large_group(present) then present end,
           portal_shown_count(apologised)
    from rows
    order by tf_name, agency_type
$function$;
select portal_reporting_function('minutes_attendance_figures()');

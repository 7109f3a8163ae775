-- The national overview and the liaison's list of trainings read the last twelve months, as the overview's
-- attendance figures already did (issue 15's growth run). minutes_figures() and training_summaries() read every
-- meeting, outcome, action, training and nomination since the portal began, sponsor_trainings() every training the
-- sponsor ever funded with its people: at scale 3 (15 years of 18 task forces) 440 ms, 335 ms and 1.4 s a call alone
-- (708 ms, 670 ms and 1.4 s under load), growing with every year kept, for tables that show a page at a time. Now the
-- overview covers the last twelve months (and, for training, what is planned or under way), and the liaison's list
-- the same unless the liaison asks for earlier years: their cost stays that of one year however long the history
-- grows (56 ms and 53 ms at scale 3). What mattered in the older rows is still there: the actions still open,
-- whatever the date of the meeting that agreed them, are counted by task force in minutes_open_actions(), which reads
-- open actions only (a partial index: a handful per task force).

create or replace function minutes_figures()
    returns table (task_force_name varchar, month varchar, meetings_held bigint, decisions bigint, actions bigint,
                   actions_open bigint, actions_overdue bigint, actions_done bigint, actions_dropped bigint)
    language sql stable as $$
    with held as (
        select m.tenant_id, m.id, date_trunc('month', m.starts_at at time zone 'America/Asuncion')::date as month
        from meeting m
        where m.visibility = 'TASK_FORCE' and m.starts_at <= now()
          and m.starts_at >= (date_trunc('month', now() at time zone 'America/Asuncion') - interval '11 months')
                             at time zone 'America/Asuncion'
    ), outcomes as (
        select h.id as meeting_id, count(*) filter (where o.kind = 'DECISION') as decisions
        from held h join agenda_item i on i.meeting_id = h.id join outcome o on o.item_id = i.id
        group by h.id
    ), actions as (
        select h.id as meeting_id, count(*) as actions,
               count(*) filter (where a.state = 'OPEN') as open,
               count(*) filter (where a.state = 'OPEN' and a.due_on < current_date) as overdue,
               count(*) filter (where a.state = 'DONE') as done,
               count(*) filter (where a.state = 'DROPPED') as dropped
        from held h join meeting_action a on a.meeting_id = h.id
        group by h.id
    )
    select tf.name, to_char(h.month, 'YYYY-MM')::varchar, count(*), coalesce(sum(o.decisions), 0)::bigint,
           coalesce(sum(a.actions), 0)::bigint, coalesce(sum(a.open), 0)::bigint, coalesce(sum(a.overdue), 0)::bigint,
           coalesce(sum(a.done), 0)::bigint, coalesce(sum(a.dropped), 0)::bigint
    from held h
    join task_force tf on tf.id = h.tenant_id and tf.archived_at is null
    left join outcomes o on o.meeting_id = h.id
    left join actions a on a.meeting_id = h.id
    group by tf.name, h.month
    order by tf.name, h.month desc
$$;
-- CREATE OR REPLACE keeps the owner but not SECURITY DEFINER or the search path: state them again.
select portal_reporting_function('minutes_figures()');

comment on function minutes_figures() is
    'Meetings held, decisions, actions and where they stand, by task force and month, this month and the eleven before; '
    'restricted meetings not counted.';

create index meeting_action_open on meeting_action (meeting_id) include (due_on) where state = 'OPEN';

create function minutes_open_actions()
    returns table (task_force_name varchar, actions_open bigint, actions_overdue bigint)
    language sql stable as $$
    select tf.name, count(*), count(*) filter (where a.due_on < current_date)
    from meeting_action a
    join meeting m on m.id = a.meeting_id and m.visibility = 'TASK_FORCE' and m.starts_at <= now()
    join task_force tf on tf.id = m.tenant_id and tf.archived_at is null
    where a.state = 'OPEN'
    group by tf.name
    order by tf.name
$$;
select portal_reporting_function('minutes_open_actions()');

comment on function minutes_open_actions() is
    'Actions still open and overdue by task force, whatever the date of their meeting; restricted meetings not counted.';

create or replace function training_summaries()
    returns table (task_force_name varchar, sponsor_name varchar, trainings_planned bigint, trainings_held bigint,
                   people_nominated bigint, people_confirmed bigint)
    language sql stable as $$
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
           case when nominated >= 5 or nominated = 0 then nominated end,
           case when confirmed >= 5 or confirmed = 0 then confirmed end
    from rows
    order by task_force_name, sponsor_name nulls last
$$;
select portal_reporting_function('training_summaries()');

comment on function training_summaries() is
    'Trainings of the last twelve months, planned or under way, and their people nominated and confirmed, by task force '
    'and sponsor; counts of people under 5 hidden.';

-- The one rule of "a training of the period from p_since on": a session of it ends then or later, or it has no
-- session yet (it is being planned). A null p_since takes every training.
create function training_since(p_training bigint, p_since timestamptz) returns boolean
    language sql stable as $$
    select p_since is null
        or coalesce((select max(s.ends_at) from training_session s where s.training_id = p_training) >= p_since, true)
$$;
revoke all on function training_since(bigint, timestamptz) from public;
grant execute on function training_since(bigint, timestamptz) to ${reportingRole};

comment on function training_since(bigint, timestamptz) is
    'Whether a training belongs to the period from p_since on: a session ends then or later, or it has none yet.';

-- sponsor_results() of V17 with the period: the trainings from p_since on (null: all, as before).
drop function sponsor_results(varchar, timestamptz, timestamptz, bigint);
create function sponsor_results(p_sponsor varchar, p_from timestamptz, p_to timestamptz,
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
           f.total > 0 and coalesce(m.minutes, 0) * 100 >= f.total * f.completion_percent
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

-- sponsor_trainings() of V17 with the period: the trainings from p_since on (null: every year).
drop function sponsor_trainings(varchar);
create function sponsor_trainings(p_sponsor varchar, p_since timestamptz default null)
    returns table (training_id bigint, task_force_name varchar, title varchar, kind varchar, capacity integer,
                   first_start timestamptz, last_end timestamptz, cancelled boolean, status varchar,
                   nominated bigint, approved bigint, confirmed bigint, attended bigint, completed bigint,
                   hours_attended numeric)
    language sql stable as $$
    with funded as materialized (
        select t.id, tf.name as tf_name, t.title, t.kind, t.capacity, sp.id as sponsor_id,
               t.cancelled_at is not null as cancelled
        from sponsor sp
        join training_sponsors ts on ts.sponsor_id = sp.id
        join training t on t.id = ts.training_id
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where sp.code = p_sponsor and training_since(t.id, p_since)
    ), spans as (
        select s.training_id, min(s.starts_at) as first_start, max(s.ends_at) as last_end
        from funded f join training_session s on s.training_id = f.id
        group by s.training_id
    ), nominations as (
        select n.training_id, count(*) filter (where n.state not in ('DECLINED', 'WITHDRAWN')) as nominated,
               count(d.id) as approved
        from funded f
        join nomination n on n.training_id = f.id
        left join nomination_decision d on d.nomination_id = n.id and d.sponsor_id = f.sponsor_id and d.approved
        group by n.training_id
    ), results as (
        select x.training_id, count(*) as confirmed, count(*) filter (where x.minutes_attended > 0) as attended,
               count(*) filter (where x.completed) as completed, round(sum(x.minutes_attended) / 60.0, 1) as hours
        from sponsor_results(p_sponsor, null, null, null, p_since) x
        group by x.training_id
    )
    select f.id, f.tf_name, f.title, f.kind, f.capacity, sp.first_start, sp.last_end, f.cancelled,
           (case when f.cancelled then 'CANCELLED'
                 when sp.first_start is null or sp.first_start > now() then 'PLANNED'
                 when sp.last_end > now() then 'UNDER_WAY'
                 else 'HELD' end)::varchar,
           coalesce(n.nominated, 0), coalesce(n.approved, 0),
           coalesce(r.confirmed, 0), coalesce(r.attended, 0), coalesce(r.completed, 0), coalesce(r.hours, 0)
    from funded f
    left join spans sp on sp.training_id = f.id
    left join nominations n on n.training_id = f.id
    left join results r on r.training_id = f.id
    order by sp.first_start desc nulls last, f.id desc
$$;
select portal_reporting_function('sponsor_trainings(varchar, timestamptz)');

comment on function sponsor_trainings(varchar, timestamptz) is
    'The trainings a sponsor funds from p_since on (null: all), in every task force, with their people''s figures.';

-- The sponsor liaison's view (issue 14, item 8), after V9.1's list and decisions and V10's attendance: per training
-- their sponsor funds, how many attended and completed and the hours; the same by agency type and by sex; one
-- training's sessions and participants by name with their attendance; and the attendance report for a date range.
-- As in V9.1, each function takes the sponsor code of the liaison's token (never the request's) and returns only that
-- sponsor's trainings, in task forces that are not archived. Each is one plain CREATE FUNCTION and one line
-- (portal_reporting_function, V7). Every call that returns people's names appends one event to the audit trail of the
-- task force whose training it read, under the liaison's name.
--
-- Small counts: the per-training counts and the names are not suppressed. The liaison may open every one of their
-- sponsor's trainings and read its participants by name (the sponsor approves them by name; each read is audited), so
-- a count of 3 tells them nothing the names do not. The figures by agency type and by sex, which leave the portal in
-- grant reports, follow training_attendance_figures() (V10): a group of fewer than 5 people shows no figure at all,
-- and an attended or completed count between 1 and 4 shows none either.

-- What these functions read (most of it was granted in V9.1, V10 and V2 already; said again here, table by table).
grant select on sponsor, training, training_sponsors, training_session, nomination, nomination_decision, participant,
    attendance, task_force to ${reportingRole};
grant select (id, name, type) on agency to ${reportingRole};

-- Per confirmed participant of each training the sponsor funds (in a task force not archived): minutes attended over
-- all its sessions and over the sessions that start in [p_from, p_to) (0 without a range), the training's minutes,
-- and completed or not, by the training's own rule over all its sessions. The base of the functions below; not
-- callable by the portal itself.
create function sponsor_results(p_sponsor varchar, p_from timestamptz, p_to timestamptz)
    returns table (training_id bigint, tenant_id bigint, participant_id bigint, minutes_attended bigint,
                   minutes_in_range bigint, training_minutes bigint, completed boolean)
    language sql stable as $$
    with funded as (
        select t.id, t.tenant_id, t.completion_percent,
               coalesce((select sum(extract(epoch from s.ends_at - s.starts_at)::bigint / 60)
                         from training_session s where s.training_id = t.id), 0) as total
        from sponsor sp
        join training_sponsors ts on ts.sponsor_id = sp.id
        join training t on t.id = ts.training_id
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where sp.code = p_sponsor
    )
    select f.id, f.tenant_id, n.participant_id, coalesce(m.attended, 0), coalesce(m.in_range, 0), f.total,
           f.total > 0 and coalesce(m.attended, 0) * 100 >= f.total * f.completion_percent
    from funded f
    join nomination n on n.training_id = f.id and n.state = 'CONFIRMED'
    left join lateral (
        select sum(c.credited) as attended,
               sum(c.credited) filter (where c.starts_at >= p_from and c.starts_at < p_to) as in_range
        from (select attendance_credited_minutes(a.mark, a.minutes_attended, s.starts_at, s.ends_at) as credited,
                     s.starts_at
              from attendance a join training_session s on s.id = a.session_id
              where s.training_id = f.id and a.participant_id = n.participant_id) c
    ) m on true
$$;
select portal_reporting_function('sponsor_results(varchar, timestamptz, timestamptz)', false);

-- The liaison's list, now with the status, people who attended (some minutes) and completed, and hours attended:
-- replaces V9.1's version, which had counts of nominations only. No names.
drop function sponsor_trainings(varchar);
create function sponsor_trainings(p_sponsor varchar)
    returns table (training_id bigint, task_force_name varchar, title varchar, kind varchar, capacity integer,
                   first_start timestamptz, last_end timestamptz, cancelled boolean, status varchar,
                   nominated bigint, approved bigint, confirmed bigint, attended bigint, completed bigint,
                   hours_attended numeric)
    language sql stable as $$
    with funded as (
        select t.id, t.tenant_id, tf.name as tf_name, t.title, t.kind, t.capacity, sp.id as sponsor_id,
               t.cancelled_at is not null as cancelled,
               (select min(s.starts_at) from training_session s where s.training_id = t.id) as first_start,
               (select max(s.ends_at) from training_session s where s.training_id = t.id) as last_end
        from sponsor sp
        join training_sponsors ts on ts.sponsor_id = sp.id
        join training t on t.id = ts.training_id
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where sp.code = p_sponsor
    ), results as (
        select x.training_id, count(*) as confirmed, count(*) filter (where x.minutes_attended > 0) as attended,
               count(*) filter (where x.completed) as completed, round(sum(x.minutes_attended) / 60.0, 1) as hours
        from sponsor_results(p_sponsor, null, null) x
        group by x.training_id
    )
    select f.id, f.tf_name, f.title, f.kind, f.capacity, f.first_start, f.last_end, f.cancelled,
           (case when f.cancelled then 'CANCELLED'
                 when f.first_start is null or f.first_start > now() then 'PLANNED'
                 when f.last_end > now() then 'UNDER_WAY'
                 else 'HELD' end)::varchar,
           (select count(*) from nomination n where n.training_id = f.id
                                              and n.state not in ('DECLINED', 'WITHDRAWN')),
           (select count(*) from nomination_decision d join nomination n on n.id = d.nomination_id
             where n.training_id = f.id and d.sponsor_id = f.sponsor_id and d.approved),
           coalesce(r.confirmed, 0), coalesce(r.attended, 0), coalesce(r.completed, 0), coalesce(r.hours, 0)
    from funded f
    left join results r on r.training_id = f.id
    order by f.first_start desc nulls last, f.id desc
$$;
select portal_reporting_function('sponsor_trainings(varchar)');

comment on function sponsor_trainings(varchar) is
    'The trainings a sponsor funds across task forces: status, nominated, approved, confirmed, attended, completed, hours.';

-- People confirmed, attended (some minutes) and completed, and hours attended, in the trainings a sponsor funds (not
-- cancelled), by agency type (dimension AGENCY_TYPE) and by sex (dimension SEX): what grant reports ask for. A
-- person counts once per training. Small groups come back null, as in training_attendance_figures() (see the top).
create function sponsor_training_figures(p_sponsor varchar)
    returns table (dimension varchar, category varchar, people_confirmed bigint, people_attended bigint,
                   people_completed bigint, hours_attended numeric)
    language sql stable as $$
    with people as (
        select coalesce(a.type, p.outside_agency_type) as agency_type, p.sex, x.minutes_attended, x.completed
        from sponsor_results(p_sponsor, null, null) x
        join training t on t.id = x.training_id and t.cancelled_at is null
        join participant p on p.id = x.participant_id
        left join agency a on a.id = p.agency_id
    ), groups as (
        select case when grouping(agency_type) = 0 then 'AGENCY_TYPE' else 'SEX' end as dimension,
               case when grouping(agency_type) = 0 then agency_type else sex end as category,
               count(*) as confirmed,
               count(*) filter (where minutes_attended > 0) as attended,
               count(*) filter (where completed) as completed,
               round(sum(minutes_attended) / 60.0, 1) as hours
        from people
        group by grouping sets ((agency_type), (sex))
    )
    select dimension::varchar, category::varchar,
           case when confirmed >= 5 then confirmed end,
           case when confirmed >= 5 and (attended = 0 or attended >= 5) then attended end,
           case when confirmed >= 5 and (completed = 0 or completed >= 5) then completed end,
           case when confirmed >= 5 then hours end
    from groups
    order by 1, 2
$$;
select portal_reporting_function('sponsor_training_figures(varchar)');

comment on function sponsor_training_figures(varchar) is
    'A sponsor''s trainings'' people confirmed, attended, completed and hours, by agency type and by sex; small groups hidden.';

-- One training the sponsor funds, without people: its task force, what it is, its completion rule and its dates.
-- Nothing for an unknown training or another sponsor's (the page answers both with the same 404).
create function sponsor_training(p_sponsor varchar, p_training bigint)
    returns table (training_id bigint, task_force_name varchar, title varchar, kind varchar, language varchar,
                   venue varchar, capacity integer, completion_percent integer, cancelled boolean,
                   first_start timestamptz, last_end timestamptz)
    language sql stable as $$
    select t.id, tf.name, t.title, t.kind, t.language, t.venue, t.capacity, t.completion_percent,
           t.cancelled_at is not null,
           (select min(s.starts_at) from training_session s where s.training_id = t.id),
           (select max(s.ends_at) from training_session s where s.training_id = t.id)
    from sponsor sp
    join training_sponsors ts on ts.sponsor_id = sp.id
    join training t on t.id = ts.training_id
    join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
    where sp.code = p_sponsor and t.id = p_training
$$;
select portal_reporting_function('sponsor_training(varchar, bigint)');

comment on function sponsor_training(varchar, bigint) is
    'One training a sponsor funds, without people; nothing for another sponsor''s.';

-- The sessions of one training the sponsor funds, in order. Nothing for another sponsor's.
create function sponsor_training_sessions(p_sponsor varchar, p_training bigint)
    returns table (session_id bigint, starts_at timestamptz, ends_at timestamptz)
    language sql stable as $$
    select s.id, s.starts_at, s.ends_at
    from sponsor_training(p_sponsor, p_training) t
    join training_session s on s.training_id = t.training_id
    order by s.starts_at, s.id
$$;
select portal_reporting_function('sponsor_training_sessions(varchar, bigint)');

comment on function sponsor_training_sessions(varchar, bigint) is
    'The sessions of one training a sponsor funds; nothing for another sponsor''s.';

-- The participants of one training the sponsor funds, by name: every nomination (whatever its state) with the
-- person's agency, position and sex, one row per session (session columns null for a training without sessions) with
-- the mark and the minutes it credits, and the person's minutes over all sessions and completed or not (confirmed
-- people only; others attend nothing). Nothing for another sponsor's training. A call that returns anyone appends
-- LIAISON_READ_PARTICIPANTS (record: the training) to the audit trail of the training's task force.
create function sponsor_training_participants(p_sponsor varchar, p_training bigint, p_actor varchar,
                                              p_actor_name varchar, p_address varchar)
    returns table (nomination_id bigint, participant_id bigint, participant_name varchar, agency_name varchar,
                   agency_type varchar, participant_position varchar, participant_sex varchar,
                   nomination_state varchar, session_id bigint, mark varchar, session_minutes bigint,
                   minutes_attended bigint, completed boolean)
    language plpgsql volatile as $$
declare
    v_training record;
begin
    if p_actor is null or p_actor = '' then
        raise exception 'sponsor_training_participants: no actor' using errcode = 'insufficient_privilege';
    end if;
    select x.id, x.tenant_id into v_training
        from sponsor_training(p_sponsor, p_training) t join training x on x.id = t.training_id;
    if not found then
        return;
    end if;
    if exists (select 1 from nomination n where n.training_id = v_training.id) then
        perform audit_append(v_training.tenant_id, p_actor, p_actor_name, 'LIAISON_READ_PARTICIPANTS', 'training',
                             v_training.id::text, p_address, 'ALLOWED');
    end if;
    return query
        select n.id, p.id, p.name, coalesce(a.name, p.outside_agency_name), coalesce(a.type, p.outside_agency_type),
               p.position, p.sex, n.state, s.id, att.mark,
               case when att.id is not null
                    then attendance_credited_minutes(att.mark, att.minutes_attended, s.starts_at, s.ends_at) end,
               coalesce(r.minutes_attended, 0), coalesce(r.completed, false)
        from nomination n
        join participant p on p.id = n.participant_id
        left join agency a on a.id = p.agency_id
        left join training_session s on s.training_id = n.training_id
        left join attendance att on att.session_id = s.id and att.participant_id = p.id
        left join sponsor_results(p_sponsor, null, null) r
               on r.training_id = n.training_id and r.participant_id = n.participant_id
        where n.training_id = v_training.id
        order by p.name, p.id, s.starts_at, s.id;
end $$;
select portal_reporting_function('sponsor_training_participants(varchar, bigint, varchar, varchar, varchar)');

comment on function sponsor_training_participants(varchar, bigint, varchar, varchar, varchar) is
    'One training of a sponsor''s: its participants by name with their attendance per session; audited in its task force.';

-- The attendance report of a sponsor for the days p_from to p_to (inclusive, in America/Asuncion): one row per
-- confirmed participant and training (not cancelled) that has a session starting within those days, with the
-- training's first and last day (of all its sessions), the person's agency, agency type and sex, the minutes they
-- attended in the sessions within the range, and completed or not (the training's rule, over all its sessions). An
-- empty or inverted range is refused. Each training it returns people of appends LIAISON_READ_ATTENDANCE (record: the
-- training) to the audit trail of its task force.
create function sponsor_attendance_report(p_sponsor varchar, p_from date, p_to date, p_actor varchar,
                                          p_actor_name varchar, p_address varchar)
    returns table (training_id bigint, task_force_name varchar, training_title varchar, first_start timestamptz,
                   last_end timestamptz, participant_name varchar, agency_name varchar, agency_type varchar,
                   participant_sex varchar, minutes_attended bigint, completed boolean)
    language plpgsql volatile as $$
declare
    v_from  timestamptz;
    v_to    timestamptz;
    v_row   record;
    v_audit bigint[] := '{}';
begin
    if p_actor is null or p_actor = '' then
        raise exception 'sponsor_attendance_report: no actor' using errcode = 'insufficient_privilege';
    end if;
    if p_from is null or p_to is null or p_to < p_from then
        raise exception 'an attendance report needs a range from one day to the same or a later one'
            using errcode = 'check_violation';
    end if;
    v_from := p_from::timestamp at time zone 'America/Asuncion';
    v_to := (p_to + 1)::timestamp at time zone 'America/Asuncion';
    for v_row in
        select t.id as t_id, t.tenant_id, tf.name as tf_name, t.title,
               (select min(s.starts_at) from training_session s where s.training_id = t.id) as first,
               (select max(s.ends_at) from training_session s where s.training_id = t.id) as last,
               p.name as p_name, coalesce(a.name, p.outside_agency_name) as a_name,
               coalesce(a.type, p.outside_agency_type) as a_type, p.sex as p_sex,
               x.minutes_in_range, x.completed
        from sponsor_results(p_sponsor, v_from, v_to) x
        join training t on t.id = x.training_id and t.cancelled_at is null
        join task_force tf on tf.id = t.tenant_id
        join participant p on p.id = x.participant_id
        left join agency a on a.id = p.agency_id
        where exists (select 1 from training_session s
                      where s.training_id = t.id and s.starts_at >= v_from and s.starts_at < v_to)
        order by tf.name, 5, t.title, t.id, p.name, p.id
    loop
        if not v_row.t_id = any (v_audit) then
            perform audit_append(v_row.tenant_id, p_actor, p_actor_name, 'LIAISON_READ_ATTENDANCE', 'training',
                                 v_row.t_id::text, p_address, 'ALLOWED');
            v_audit := v_audit || v_row.t_id;
        end if;
        training_id := v_row.t_id; task_force_name := v_row.tf_name; training_title := v_row.title;
        first_start := v_row.first; last_end := v_row.last; participant_name := v_row.p_name;
        agency_name := v_row.a_name; agency_type := v_row.a_type; participant_sex := v_row.p_sex;
        minutes_attended := v_row.minutes_in_range; completed := v_row.completed;
        return next;
    end loop;
end $$;
select portal_reporting_function('sponsor_attendance_report(varchar, date, date, varchar, varchar, varchar)');

comment on function sponsor_attendance_report(varchar, date, date, varchar, varchar, varchar) is
    'A sponsor''s attendance report for a range of days, one row per participant and training; audited per training.';

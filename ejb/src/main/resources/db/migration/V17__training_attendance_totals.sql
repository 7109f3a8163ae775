-- Each person's minutes attended per training, kept as attendance changes (issue 14's liaison list, issue 15's national
-- figures). At scale 1 (18 task forces, 5 years) the liaison's start page took more than 3 s: sponsor_results() (V11)
-- and training_results() (V10) summed each confirmed person's marks in a subquery per nomination, calling
-- attendance_credited_minutes() once per mark, and both the list and the figures of a sponsor did so for all its
-- trainings (40,000 marks for one sponsor). Now the sums are kept in training_attendance_total, by statement-level
-- triggers on attendance and training_session, and the reporting functions read them.
--
-- training_attendance_total is derived data, not a record: it has no tenant_id, the portal's role may not read or
-- write it (only the reporting role does, in the functions below), and it is not audited (the marks it sums are).

-- The rule of credited minutes (V10), in double precision rather than numeric arithmetic, and inlinable: it reads no
-- table, so it needs neither the reporting role nor a search path of its own (CREATE OR REPLACE drops both; owner
-- and grants stay). Same values: sessions last whole minutes.
create or replace function attendance_credited_minutes(p_mark varchar, p_minutes integer, p_starts timestamptz,
                                                       p_ends timestamptz)
    returns bigint language sql immutable as $$
    select greatest(0, least(date_part('epoch', p_ends - p_starts)::bigint / 60,
                             case when p_mark = 'PRESENT' then date_part('epoch', p_ends - p_starts)::bigint / 60
                                  else p_minutes end))
$$;

create table training_attendance_total (
    training_id    bigint not null references training (id) on delete cascade,
    participant_id bigint not null references participant (id) on delete cascade,
    minutes        bigint not null,
    primary key (training_id, participant_id)
);
create index training_attendance_total_participant on training_attendance_total (participant_id);
revoke all on training_attendance_total from public;
grant select, insert, delete on training_attendance_total to ${reportingRole};

comment on table training_attendance_total is
    'Minutes attended per training and person (attendance_credited_minutes summed over its sessions); kept by triggers.';

-- Counts again the totals of some trainings, of some people in them (p_participants null: everyone in them).
create function training_attendance_recount(p_trainings bigint[], p_participants bigint[] default null)
    returns void language sql volatile as $$
    delete from training_attendance_total t
    where t.training_id = any (p_trainings) and (p_participants is null or t.participant_id = any (p_participants));
    insert into training_attendance_total (training_id, participant_id, minutes)
    select s.training_id, a.participant_id,
           sum(attendance_credited_minutes(a.mark, a.minutes_attended, s.starts_at, s.ends_at))
    from training_session s
    join attendance a on a.session_id = s.id
    where s.training_id = any (p_trainings) and (p_participants is null or a.participant_id = any (p_participants))
    group by s.training_id, a.participant_id;
$$;
select portal_reporting_function('training_attendance_recount(bigint[], bigint[])', false);

-- Every training's totals from scratch: after this migration, and after a bulk load without triggers (the load
-- benchmark's generator).
create function training_attendance_rebuild()
    returns void language sql volatile as $$
    select training_attendance_recount(array(select t.id from training t));
$$;
select portal_reporting_function('training_attendance_rebuild()', false);

-- After marks are written: the people and trainings they belong to, before and after (a merge of two people moves
-- marks from one to the other). Marks of a session deleted in the same statement have no training any more: the
-- session trigger below counts its training again.
create function attendance_follow_total()
    returns trigger language plpgsql as $$
declare
    v_trainings    bigint[];
    v_participants bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct s.training_id), array_agg(distinct c.participant_id) into v_trainings, v_participants
        from after_rows c join training_session s on s.id = c.session_id;
    elsif tg_op = 'UPDATE' then
        select array_agg(distinct s.training_id), array_agg(distinct c.participant_id) into v_trainings, v_participants
        from (select session_id, participant_id from before_rows
              union select session_id, participant_id from after_rows) c
        join training_session s on s.id = c.session_id;
    else
        select array_agg(distinct s.training_id), array_agg(distinct c.participant_id) into v_trainings, v_participants
        from before_rows c join training_session s on s.id = c.session_id;
    end if;
    if v_trainings is not null then
        perform training_attendance_recount(v_trainings, v_participants);
    end if;
    return null;
end $$;
select portal_reporting_function('attendance_follow_total()', false);

create trigger attendance_total_insert after insert on attendance
    referencing new table as after_rows for each statement execute function attendance_follow_total();
create trigger attendance_total_update after update on attendance
    referencing old table as before_rows new table as after_rows for each statement
    execute function attendance_follow_total();
create trigger attendance_total_delete after delete on attendance
    referencing old table as before_rows for each statement execute function attendance_follow_total();

-- After sessions move, change length or go: their trainings are counted again (a present person is credited the
-- session's whole length).
create function training_session_follow_total()
    returns trigger language plpgsql as $$
declare
    v_trainings bigint[];
begin
    if tg_op = 'UPDATE' then
        select array_agg(distinct training_id) into v_trainings
        from (select b.training_id from before_rows b join after_rows a on a.id = b.id
              where (a.starts_at, a.ends_at, a.training_id) is distinct from (b.starts_at, b.ends_at, b.training_id)
              union select a.training_id from before_rows b join after_rows a on a.id = b.id
              where (a.starts_at, a.ends_at, a.training_id) is distinct from (b.starts_at, b.ends_at, b.training_id)) t;
    else
        select array_agg(distinct training_id) into v_trainings from before_rows;
    end if;
    if v_trainings is not null then
        perform training_attendance_recount(v_trainings);
    end if;
    return null;
end $$;
select portal_reporting_function('training_session_follow_total()', false);

create trigger training_session_total_update after update on training_session
    referencing old table as before_rows new table as after_rows for each statement
    execute function training_session_follow_total();
create trigger training_session_total_delete after delete on training_session
    referencing old table as before_rows for each statement execute function training_session_follow_total();

select training_attendance_rebuild();
analyze training_attendance_total;

-- The results of the trainings a sponsor funds, or of one of them (p_training), as in V11: minutes attended from the
-- kept totals; minutes in sessions that start within [p_from, p_to) only when a range is given (the attendance
-- report), from the marks.
drop function sponsor_results(varchar, timestamptz, timestamptz);
create function sponsor_results(p_sponsor varchar, p_from timestamptz, p_to timestamptz,
                                p_training bigint default null)
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
        where sp.code = p_sponsor and (p_training is null or t.id = p_training)
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
select portal_reporting_function('sponsor_results(varchar, timestamptz, timestamptz, bigint)', false);

-- Every training's results (not cancelled), for the national figures (V10): from the kept totals.
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
           coalesce(x.total, 0) > 0 and coalesce(m.minutes, 0) * 100 >= x.total * t.completion_percent
    from training t
    join nomination n on n.training_id = t.id and n.state = 'CONFIRMED'
    left join minutes x on x.training_id = t.id
    left join training_attendance_total m on m.training_id = t.id and m.participant_id = n.participant_id
    where t.cancelled_at is null
$$;
select portal_reporting_function('training_results()', false);

-- One training's participants for its sponsor's liaison (V11): the results of that training only.
create or replace function sponsor_training_participants(p_sponsor varchar, p_training bigint, p_actor varchar,
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
        left join sponsor_results(p_sponsor, null, null, v_training.id) r
               on r.training_id = n.training_id and r.participant_id = n.participant_id
        where n.training_id = v_training.id
        order by p.name, p.id, s.starts_at, s.id;
end $$;
select portal_reporting_function('sponsor_training_participants(varchar, bigint, varchar, varchar, varchar)');

-- The liaison's list (V11), with each count computed in one grouped pass over the sponsor's trainings instead of
-- subqueries per training. The same rows.
create or replace function sponsor_trainings(p_sponsor varchar)
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
        where sp.code = p_sponsor
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
        from sponsor_results(p_sponsor, null, null) x
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
select portal_reporting_function('sponsor_trainings(varchar)');

-- Attendance, certificates and the Train-the-Trainer cascade (issue 14, after V9's training model): the narrow ways
-- across task forces they need. Each is one plain CREATE FUNCTION and one line (portal_reporting_function, V7); what
-- they read is granted to ${reportingRole} here. Hours are computed the way the portal computes them
-- (training.control.AttendedHours): a PRESENT mark counts its whole session, any other mark its stored minutes,
-- never more than the session lasts; a person completed a training when those minutes reach completion_percent of
-- the minutes of all its sessions. Dates are days in America/Asuncion, the portal's zone.

grant select on attendance, certificate, training_trainer to ${reportingRole};

-- The minutes one attendance row credits (see above). Used by the functions below only.
create function attendance_credited_minutes(p_mark varchar, p_minutes integer, p_starts timestamptz,
                                            p_ends timestamptz)
    returns bigint language sql immutable as $$
    select greatest(0, least(extract(epoch from p_ends - p_starts)::bigint / 60,
                             case when p_mark = 'PRESENT' then extract(epoch from p_ends - p_starts)::bigint / 60
                                  else p_minutes end))
$$;
select portal_reporting_function('attendance_credited_minutes(varchar, integer, timestamptz, timestamptz)', false);

-- A person's initials, "Ana María Benítez" → "A. M. B.": all that a public or cross-task-force answer says of a name.
create function person_initials(p_name varchar)
    returns varchar language sql immutable as $$
    select (select string_agg(upper(left(word, 1)) || '.', ' ' order by n)
            from regexp_split_to_table(trim(p_name), '\s+') with ordinality as words (word, n)
            where word <> '')::varchar
$$;
select portal_reporting_function('person_initials(varchar)', false);

-- Per training and confirmed participant: minutes attended, the training's minutes, and completed or not. The base
-- of every figure below; not callable by the portal itself (it computes its own task force's in Java).
create function training_results()
    returns table (training_id bigint, tenant_id bigint, participant_id bigint, minutes_attended bigint,
                   training_minutes bigint, completed boolean)
    language sql stable as $$
    with minutes as (
        select t.id, t.tenant_id, t.completion_percent,
               coalesce((select sum(extract(epoch from s.ends_at - s.starts_at)::bigint / 60)
                         from training_session s where s.training_id = t.id), 0) as total
        from training t
        where t.cancelled_at is null
    )
    select m.id, m.tenant_id, n.participant_id, coalesce(a.attended, 0), m.total,
           m.total > 0 and coalesce(a.attended, 0) * 100 >= m.total * m.completion_percent
    from minutes m
    join nomination n on n.training_id = m.id and n.state = 'CONFIRMED'
    left join lateral (
        select sum(attendance_credited_minutes(a.mark, a.minutes_attended, s.starts_at, s.ends_at)) as attended
        from attendance a join training_session s on s.id = a.session_id
        where s.training_id = m.id and a.participant_id = n.participant_id
    ) a on true
$$;
select portal_reporting_function('training_results()', false);

-- The public verification of a certificate (/verify/<code>, no sign-in): the training's title and kind, its first
-- and last day, the hours the holder attended, the holder's initials only, and whether it was revoked. No row for a
-- code that does not exist, whatever it looks like: the page answers the same for a malformed code and an unknown one.
create function certificate_verification(p_code varchar)
    returns table (training_title varchar, training_kind varchar, first_day date, last_day date, hours numeric,
                   holder_initials varchar, revoked boolean)
    language sql stable as $$
    select t.title, t.kind,
           (select min(s.starts_at) from training_session s where s.training_id = t.id)
               at time zone 'America/Asuncion',
           (select max(s.ends_at) from training_session s where s.training_id = t.id)
               at time zone 'America/Asuncion',
           round(coalesce((select sum(attendance_credited_minutes(a.mark, a.minutes_attended, s.starts_at,
                                                                  s.ends_at))
                           from attendance a join training_session s on s.id = a.session_id
                           where s.training_id = t.id and a.participant_id = c.participant_id), 0) / 60.0, 1),
           person_initials(p.name),
           c.revoked_at is not null
    from certificate c
    join training t on t.id = c.training_id
    join participant p on p.id = c.participant_id
    where c.code = p_code
$$;
select portal_reporting_function('certificate_verification(varchar)');

comment on function certificate_verification(varchar) is
    'The public verification of a certificate by its code: training, days, hours, initials, revoked; nothing else.';

-- The certificate a replication's trainer names, found by its verification code (the trainer shows it; the course may
-- be another task force's): its id, the course's title and task force, and whether it makes a trainer (a
-- TRAIN_THE_TRAINER course's, not revoked). Nothing for an unknown code.
create function trainer_certificate_by_code(p_code varchar)
    returns table (certificate_id bigint, course_title varchar, task_force_name varchar, certifies_trainer boolean)
    language sql stable as $$
    select c.id, t.title, tf.name, t.kind = 'TRAIN_THE_TRAINER' and c.revoked_at is null
    from certificate c
    join training t on t.id = c.training_id
    join task_force tf on tf.id = t.tenant_id
    where c.code = p_code
$$;
select portal_reporting_function('trainer_certificate_by_code(varchar)');

comment on function trainer_certificate_by_code(varchar) is
    'A trainer''s certificate by its code, to link a replication to the course that certified its trainer.';

-- The cascade of a Train-the-Trainer course: one row per trainer it certified and replication that trainer gave
-- (replication columns null for a trainer who gave none yet), in any task force, with the people each replication
-- reached (confirmed), attended (some minutes) and completed. The course must be the current task force's
-- (app.tenant_id), unless p_national (a national coordinator: the portal passes it only for that role). Counts of
-- people of another task force's replication between 1 and 4 come back null, as every cross-task-force figure.
create function training_cascade(p_course bigint, p_national boolean)
    returns table (certificate_id bigint, trainer_participant_id bigint, trainer_initials varchar,
                   trainer_revoked boolean, replication_id bigint, replication_task_force varchar,
                   replication_own boolean, replication_title varchar, replication_first_day date,
                   sponsors varchar, people_confirmed bigint, people_attended bigint, people_completed bigint)
    language sql stable as $$
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
           case when own or confirmed = 0 or confirmed >= 5 then confirmed end,
           case when own or attended = 0 or attended >= 5 then attended end,
           case when own or completed = 0 or completed >= 5 then completed end
    from rows
    order by initials, certificate_id, first_day nulls last, replication_id
$$;
select portal_reporting_function('training_cascade(bigint, boolean)');

comment on function training_cascade(bigint, boolean) is
    'A Train-the-Trainer course''s trainers and the replications they gave, with people reached: the cascade.';

-- The national overview's attendance figures: per task force, sponsor, agency type and sex, people confirmed,
-- people who attended (some minutes), people who completed, and hours attended. Aggregates only; a count of people
-- between 1 and 4 comes back null, and so do the hours of such a group (they would tell about so few people).
create function training_attendance_figures()
    returns table (task_force_name varchar, sponsor_name varchar, agency_type varchar, sex varchar,
                   people_confirmed bigint, people_attended bigint, people_completed bigint, hours_attended numeric)
    language sql stable as $$
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
           case when confirmed >= 5 then confirmed end,
           case when confirmed >= 5 and (attended = 0 or attended >= 5) then attended end,
           case when confirmed >= 5 and (completed = 0 or completed >= 5) then completed end,
           case when confirmed >= 5 then hours end
    from rows
    order by tf_name, sp_name nulls last, agency_type, sex
$$;
select portal_reporting_function('training_attendance_figures()');

comment on function training_attendance_figures() is
    'People confirmed, attended and completed and hours, by task force, sponsor, agency type and sex; small counts hidden.';

-- A person's own certificates in every task force (issue 14): the national Train the Trainer course is hosted by one
-- task force and attended by people of all of them, so its certificates are of a task force most of its holders do
-- not belong to. These two functions give the signed-in person (p_account: the user name of their token, which only
-- the portal passes) what is theirs as a participant with that account, in any task force, and nothing of anyone else.

-- The person's certificates: the training, its task force, days and hours, and whether it was revoked.
create function own_certificates(p_account varchar)
    returns table (certificate_id bigint, task_force_id bigint, task_force_name varchar, training_title varchar,
                   training_kind varchar, first_day date, hours numeric, revoked boolean)
    language sql stable as $$
    select c.id, t.tenant_id, tf.name, t.title, t.kind,
           ((select min(s.starts_at) from training_session s where s.training_id = t.id)
               at time zone 'America/Asuncion')::date,
           round(coalesce((select sum(attendance_credited_minutes(a.mark, a.minutes_attended, s.starts_at,
                                                                  s.ends_at))
                           from attendance a join training_session s on s.id = a.session_id
                           where s.training_id = t.id and a.participant_id = p.id), 0) / 60.0, 1),
           c.revoked_at is not null
    from participant p
    join certificate c on c.participant_id = p.id
    join training t on t.id = c.training_id
    join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
    where nullif(p_account, '') is not null and p.account = p_account
    order by 6 desc nulls last, c.id
$$;
select portal_reporting_function('own_certificates(varchar)');

comment on function own_certificates(varchar) is
    'The certificates of the participant records whose account is p_account, in every task force.';

-- What the PDF of one of the person's own certificates prints: nothing for a certificate that is not theirs (or is
-- revoked: a revoked certificate is not handed out again). Sponsors come one per line.
create function own_certificate(p_account varchar, p_certificate bigint)
    returns table (holder_name varchar, training_title varchar, training_kind varchar, first_day date,
                   last_day date, minutes_attended bigint, sponsors varchar, task_force_name varchar, code varchar)
    language sql stable as $$
    select p.name, t.title, t.kind,
           ((select min(s.starts_at) from training_session s where s.training_id = t.id)
               at time zone 'America/Asuncion')::date,
           ((select max(s.ends_at) from training_session s where s.training_id = t.id)
               at time zone 'America/Asuncion')::date,
           coalesce((select sum(attendance_credited_minutes(a.mark, a.minutes_attended, s.starts_at, s.ends_at))
                     from attendance a join training_session s on s.id = a.session_id
                     where s.training_id = t.id and a.participant_id = p.id), 0)::bigint,
           (select string_agg(sp.name, E'\n' order by sp.name) from training_sponsors ts
            join sponsor sp on sp.id = ts.sponsor_id where ts.training_id = t.id)::varchar,
           tf.name, c.code
    from certificate c
    join participant p on p.id = c.participant_id
    join training t on t.id = c.training_id
    join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
    where c.id = p_certificate and c.revoked_at is null
      and nullif(p_account, '') is not null and p.account = p_account
$$;
select portal_reporting_function('own_certificate(varchar, bigint)');

comment on function own_certificate(varchar, bigint) is
    'One of p_account''s own certificates, as its PDF prints it; nothing for anyone else''s.';

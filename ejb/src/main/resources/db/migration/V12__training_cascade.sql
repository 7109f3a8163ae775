-- The Train-the-Trainer cascade (issue 14), two more narrow ways across task forces after V10's.
--
-- The reach of a course per sponsor needs each replication's sponsors one by one (training_cascade gives them joined
-- into one text, for display): one row per replication of the course's cascade and sponsor of it, ids and the
-- national list's names, nothing of any person. The same course rule as training_cascade: the course must be the
-- current task force's (app.tenant_id) unless p_national.
create function training_cascade_sponsors(p_course bigint, p_national boolean)
    returns table (replication_id bigint, sponsor_name varchar)
    language sql stable as $$
    select distinct r.id, sp.name
    from training course
    join certificate c on c.training_id = course.id
    join training_trainer tt on tt.trainer_certificate_id = c.id
    join training r on r.id = tt.training_id and r.kind = 'REPLICATION' and r.cancelled_at is null
    join training_sponsors ts on ts.training_id = r.id
    join sponsor sp on sp.id = ts.sponsor_id
    where course.id = p_course and course.kind = 'TRAIN_THE_TRAINER'
      and (p_national or course.tenant_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    order by r.id, sp.name
$$;
select portal_reporting_function('training_cascade_sponsors(bigint, boolean)');

comment on function training_cascade_sponsors(bigint, boolean) is
    'The sponsors of each replication in a Train-the-Trainer course''s cascade, one row each: the reach per sponsor.';

-- The Train the Trainer certificates a training of the current task force names its trainers by (a replication's
-- trainers, possibly certified by another task force's course): the course, its task force and the holder's initials,
-- as trainer_certificate_by_code said when the coordinator added them, for the training's page and dialog. Only the
-- current task force's trainings (app.tenant_id): the ids of another's give nothing.
create function training_trainer_certificates(p_training bigint)
    returns table (certificate_id bigint, course_title varchar, task_force_name varchar, holder_initials varchar)
    language sql stable as $$
    select c.id, t.title, tf.name, person_initials(p.name)
    from training_trainer tt
    join certificate c on c.id = tt.trainer_certificate_id
    join training t on t.id = c.training_id
    join task_force tf on tf.id = t.tenant_id
    join participant p on p.id = c.participant_id
    where tt.training_id = p_training
      and tt.tenant_id = nullif(current_setting('app.tenant_id', true), '')::bigint
    order by c.id
$$;
select portal_reporting_function('training_trainer_certificates(bigint)');

comment on function training_trainer_certificates(bigint) is
    'The certificates, course and task force, a training of the current task force names its trainers by.';

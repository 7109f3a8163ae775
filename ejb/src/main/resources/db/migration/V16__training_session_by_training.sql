-- The sessions of one training, found by the training alone (issue 15's benchmark, scale 1: 18 task forces, 5 years).
-- The reporting and liaison functions of V9.1 to V13 read a training's first start and last end, or its minutes, with
-- a subquery per training (or per row joined to it): without an index on training_id each of those subqueries read the
-- whole table, and at scale 1 training_summaries() took 50 s, training_results() and
-- training_attendance_figures() more than 2 minutes (the national overview never appeared). The index carries the
-- times, so those subqueries read the index alone.
create index training_session_training on training_session (training_id) include (starts_at, ends_at);

-- training_summaries() (V9.1) computed "held" per row of its join of trainings, sponsors and nominations (112,160 rows
-- at scale 1): now once per training. The same rows as before.
drop function training_summaries();
create function training_summaries()
    returns table (task_force_name varchar, sponsor_name varchar, trainings_planned bigint, trainings_held bigint,
                   people_nominated bigint, people_confirmed bigint)
    language sql stable as $$
    with last_end as (
        select s.training_id, max(s.ends_at) as ends_at
        from training_session s
        group by s.training_id
    ), per_training as (
        select t.id, t.tenant_id, coalesce(l.ends_at < now(), false) as held
        from training t
        left join last_end l on l.training_id = t.id
        where t.cancelled_at is null
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
    'Trainings planned and held, people nominated and confirmed, by task force and sponsor; counts of people under 5 hidden.';

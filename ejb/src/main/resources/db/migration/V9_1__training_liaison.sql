-- The narrow ways across task forces for training (issue 14): what a sponsor's liaison may see and decide, and the
-- national overview's training figures. A liaison belongs to no task force; they reach the trainings their sponsor
-- funds, in every task force, only through these functions, each taking the sponsor code from the liaison's token
-- (never from the request), never through the tables. Each is one plain CREATE FUNCTION and one line
-- (portal_reporting_function, V7); what they read and write is granted to ${reportingRole} here, table by table.

grant select on sponsor, training_topic, training, training_sponsors, training_session, nomination, participant,
    nomination_decision to ${reportingRole};
grant select (id, name, type) on agency to ${reportingRole};
grant insert on nomination_decision to ${reportingRole};
grant update (state, version) on nomination to ${reportingRole};

-- The trainings a sponsor funds, in every task force, with their dates and how many people are nominated (not
-- declined or withdrawn), approved by this sponsor and confirmed. No names: counts only.
create function sponsor_trainings(p_sponsor varchar)
    returns table (training_id bigint, task_force_name varchar, title varchar, kind varchar, capacity integer,
                   first_start timestamptz, last_end timestamptz, cancelled boolean, nominated bigint,
                   approved bigint, confirmed bigint)
    language sql stable as $$
    select t.id, tf.name, t.title, t.kind, t.capacity,
           (select min(s.starts_at) from training_session s where s.training_id = t.id),
           (select max(s.ends_at) from training_session s where s.training_id = t.id),
           t.cancelled_at is not null,
           (select count(*) from nomination n where n.training_id = t.id
                                              and n.state not in ('DECLINED', 'WITHDRAWN')),
           (select count(*) from nomination_decision d join nomination n on n.id = d.nomination_id
             where n.training_id = t.id and d.sponsor_id = sp.id and d.approved),
           (select count(*) from nomination n where n.training_id = t.id and n.state = 'CONFIRMED')
    from sponsor sp
    join training_sponsors ts on ts.sponsor_id = sp.id
    join training t on t.id = ts.training_id
    join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
    where sp.code = p_sponsor
    order by 6 desc nulls last, t.id desc
$$;
select portal_reporting_function('sponsor_trainings(varchar)');

comment on function sponsor_trainings(varchar) is
    'The trainings a sponsor funds across task forces, with nominated, approved and confirmed counts: a liaison''s list.';

-- The nominations waiting for a sponsor's decision: of trainings it funds, not cancelled, when it approves attendees
-- and has not decided yet. Names are included (the sponsor approves people by name), so every call records, in the
-- audit trail of each task force whose people it returned, that this liaison read them.
create function sponsor_waiting_nominations(p_sponsor varchar, p_actor varchar, p_actor_name varchar,
                                            p_address varchar)
    returns table (nomination_id bigint, training_id bigint, task_force_name varchar, training_title varchar,
                   first_start timestamptz, participant_name varchar, agency_name varchar, agency_type varchar,
                   participant_position varchar, participant_sex varchar, nominated_at timestamptz)
    language plpgsql volatile as $$
declare
    v_row     record;
    v_audited bigint[] := '{}';
begin
    if p_actor is null or p_actor = '' then
        raise exception 'sponsor_waiting_nominations: no actor' using errcode = 'insufficient_privilege';
    end if;
    for v_row in
        select n.id as n_id, t.tenant_id, t.id as t_id, tf.name as tf_name, t.title,
               (select min(s.starts_at) from training_session s where s.training_id = t.id) as first,
               p.name as p_name, coalesce(a.name, p.outside_agency_name) as a_name,
               coalesce(a.type, p.outside_agency_type) as a_type, p.position as p_position, p.sex as p_sex,
               n.nominated_at as n_at
        from sponsor sp
        join training_sponsors ts on ts.sponsor_id = sp.id
        join training t on t.id = ts.training_id and t.cancelled_at is null
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        join nomination n on n.training_id = t.id and n.state = 'AWAITING_APPROVAL'
        join participant p on p.id = n.participant_id
        left join agency a on a.id = p.agency_id
        where sp.code = p_sponsor and sp.approves_attendees
          and not exists (select 1 from nomination_decision d where d.nomination_id = n.id and d.sponsor_id = sp.id)
        order by 6 nulls last, t.id, p.name
    loop
        if not v_row.tenant_id = any (v_audited) then
            perform audit_append(v_row.tenant_id, p_actor, p_actor_name, 'LIAISON_READ_NOMINEES', 'sponsor',
                                 p_sponsor, p_address, 'ALLOWED');
            v_audited := v_audited || v_row.tenant_id;
        end if;
        nomination_id := v_row.n_id; training_id := v_row.t_id; task_force_name := v_row.tf_name;
        training_title := v_row.title; first_start := v_row.first; participant_name := v_row.p_name;
        agency_name := v_row.a_name; agency_type := v_row.a_type; participant_position := v_row.p_position;
        participant_sex := v_row.p_sex; nominated_at := v_row.n_at;
        return next;
    end loop;
end $$;
select portal_reporting_function('sponsor_waiting_nominations(varchar, varchar, varchar, varchar)');

comment on function sponsor_waiting_nominations(varchar, varchar, varchar, varchar) is
    'The nominations waiting for a sponsor''s decision, with names; each read is audited in the task force it reads.';

-- A liaison's decision on one nomination for their sponsor. Refused (nothing written; the SQLSTATE says why) unless
-- the sponsor approves attendees and funds the nomination's training, the training is not cancelled, the nomination
-- waits for approval and this sponsor has not decided it yet; declining needs a reason. The decision is written in
-- the nomination's task force under the liaison's name (the audit trail records it there), and the nomination moves
-- on: DECLINED at the first refusal, CONFIRMED once every sponsor of the training that approves attendees approved.
-- Returns the nomination's new state.
create function liaison_decide_nomination(p_sponsor varchar, p_nomination bigint, p_approved boolean,
                                          p_reason varchar, p_actor varchar, p_actor_name varchar,
                                          p_address varchar)
    returns varchar
    language plpgsql volatile as $$
declare
    v_sponsor    sponsor;
    v_nomination nomination;
    v_state      varchar;
begin
    if p_actor is null or p_actor = '' then
        raise exception 'liaison_decide_nomination: no actor' using errcode = 'insufficient_privilege';
    end if;
    if not p_approved and coalesce(trim(p_reason), '') = '' then
        raise exception 'a refusal needs a reason' using errcode = 'check_violation';
    end if;
    select * into v_sponsor from sponsor where code = p_sponsor and approves_attendees;
    select n.* into v_nomination from nomination n
        join training t on t.id = n.training_id and t.cancelled_at is null
        join training_sponsors ts on ts.training_id = t.id and ts.sponsor_id = v_sponsor.id
        join task_force tf on tf.id = t.tenant_id and tf.archived_at is null
        where n.id = p_nomination
        for update of n;
    if v_sponsor.id is null or v_nomination.id is null then
        -- Unknown, another sponsor's, or a sponsor that does not approve: one answer, which tells nothing.
        raise exception 'no such nomination for sponsor %', p_sponsor using errcode = 'no_data_found';
    end if;
    if v_nomination.state <> 'AWAITING_APPROVAL'
       or exists (select 1 from nomination_decision d
                  where d.nomination_id = v_nomination.id and d.sponsor_id = v_sponsor.id) then
        raise exception 'nomination % was decided already', p_nomination using errcode = 'unique_violation';
    end if;

    perform set_config('app.tenant_id', v_nomination.tenant_id::text, true),
            set_config('app.actor', p_actor, true),
            set_config('app.actor_name', coalesce(p_actor_name, ''), true),
            set_config('app.address', coalesce(p_address, ''), true);

    insert into nomination_decision (tenant_id, nomination_id, sponsor_id, approved, reason, decided_by)
    values (v_nomination.tenant_id, v_nomination.id, v_sponsor.id, p_approved, nullif(trim(p_reason), ''),
            coalesce(nullif(p_actor_name, ''), p_actor));

    if not p_approved then
        v_state := 'DECLINED';
    elsif exists (select 1 from training_sponsors ts join sponsor s on s.id = ts.sponsor_id and s.approves_attendees
                  where ts.training_id = v_nomination.training_id
                    and not exists (select 1 from nomination_decision d
                                    where d.nomination_id = v_nomination.id and d.sponsor_id = s.id
                                      and d.approved)) then
        v_state := 'AWAITING_APPROVAL';
    else
        v_state := 'CONFIRMED';
    end if;
    update nomination set state = v_state, version = version + 1 where id = v_nomination.id;
    return v_state;
end $$;
select portal_reporting_function('liaison_decide_nomination(varchar, bigint, boolean, varchar, varchar, varchar, varchar)');

comment on function liaison_decide_nomination(varchar, bigint, boolean, varchar, varchar, varchar, varchar) is
    'A liaison''s approval or refusal of a nomination of a training their sponsor funds, audited in its task force.';

-- The national overview's training figures: per task force and sponsor, trainings planned (not cancelled) and held
-- (their last session ended), and people nominated (not declined or withdrawn) and confirmed. Aggregates only; a
-- count of people below 5 is returned as null (too few to show without pointing at someone). A training without a
-- sponsor counts under a null sponsor.
create function training_summaries()
    returns table (task_force_name varchar, sponsor_name varchar, trainings_planned bigint, trainings_held bigint,
                   people_nominated bigint, people_confirmed bigint)
    language sql stable as $$
    with per_training as (
        select t.id, t.tenant_id,
               exists (select 1 from training_session s where s.training_id = t.id)
                   and (select max(s.ends_at) from training_session s where s.training_id = t.id) < now() as held
        from training t
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

-- The national overview's figures of the minutes (issue 16): aggregates only, across task forces, through two
-- reporting functions (portal_reporting_function, V7); what they read is granted to ${reportingRole} here. Restricted
-- meetings (seen only by the agencies they list) are never counted: a count would tell that such a meeting was held.
-- Counts of people under 5 are hidden, as training_attendance_figures() hides them.

grant select (id, tenant_id, starts_at, visibility) on meeting to ${reportingRole};
grant select (id, tenant_id, meeting_id) on agenda_item to ${reportingRole};
grant select (id, tenant_id, item_id, kind) on outcome to ${reportingRole};
grant select (id, tenant_id, meeting_id, state, due_on) on meeting_action to ${reportingRole};
grant select (id, tenant_id, meeting_id, presence, agency_code) on meeting_attendee to ${reportingRole};
grant select (tenant_id, code) on agency to ${reportingRole};

-- Per task force and month (YYYY-MM, in Asunción): meetings held, decisions taken, actions agreed, and where those actions stand now
-- (open, open and overdue, done, dropped).
create function minutes_figures()
    returns table (task_force_name varchar, month varchar, meetings_held bigint, decisions bigint, actions bigint,
                   actions_open bigint, actions_overdue bigint, actions_done bigint, actions_dropped bigint)
    language sql stable as $$
    with held as (
        select m.tenant_id, m.id, date_trunc('month', m.starts_at at time zone 'America/Asuncion')::date as month
        from meeting m
        where m.visibility = 'TASK_FORCE' and m.starts_at <= now()
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
    select tf.name, to_char(h.month, 'YYYY-MM')::varchar, count(*), coalesce(sum(o.decisions), 0)::bigint, coalesce(sum(a.actions), 0)::bigint,
           coalesce(sum(a.open), 0)::bigint, coalesce(sum(a.overdue), 0)::bigint, coalesce(sum(a.done), 0)::bigint,
           coalesce(sum(a.dropped), 0)::bigint
    from held h
    join task_force tf on tf.id = h.tenant_id and tf.archived_at is null
    left join outcomes o on o.meeting_id = h.id
    left join actions a on a.meeting_id = h.id
    group by tf.name, h.month
    order by tf.name, h.month desc
$$;
select portal_reporting_function('minutes_figures()');

comment on function minutes_figures() is
    'Meetings held, decisions, actions and where they stand, by task force and month; restricted meetings not counted.';

-- Per task force and agency type: how many times people were present at, or apologised for, the meetings held in the
-- last twelve months. Counts under 5 are hidden (null).
create function minutes_attendance_figures()
    returns table (task_force_name varchar, agency_type varchar, present bigint, apologised bigint)
    language sql stable as $$
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
           case when present >= 5 then present end,
           case when apologised = 0 or apologised >= 5 then apologised end
    from rows
    order by tf_name, agency_type
$$;
select portal_reporting_function('minutes_attendance_figures()');

comment on function minutes_attendance_figures() is
    'Presences and apologies at the meetings of the last twelve months, by task force and agency type; under 5 hidden.';

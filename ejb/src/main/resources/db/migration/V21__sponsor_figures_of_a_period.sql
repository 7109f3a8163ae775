-- The liaison's figures by agency type and by sex cover the same trainings as the list above them: this year and the
-- last unless the liaison asks for earlier years (V20). Over every year kept they cost 340 ms under load at 15 years
-- of history (load benchmark, scale 3), and grew with each year.
-- Body as in V11, with the period passed to sponsor_results() (training_since(): null takes every year, as before).
drop function sponsor_training_figures(varchar);
create function sponsor_training_figures(p_sponsor varchar, p_since timestamptz default null)
    returns table (dimension varchar, category varchar, people_confirmed bigint, people_attended bigint,
                   people_completed bigint, hours_attended numeric)
    language sql stable as $$
    with people as (
        select coalesce(a.type, p.outside_agency_type) as agency_type, p.sex, x.minutes_attended, x.completed
        from sponsor_results(p_sponsor, null, null, null, p_since) x
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
select portal_reporting_function('sponsor_training_figures(varchar, timestamptz)');

comment on function sponsor_training_figures(varchar, timestamptz) is
    'A sponsor''s trainings'' people confirmed, attended, completed and hours, by agency type and by sex, for the trainings '
    'from p_since on (null: all); small groups hidden.';

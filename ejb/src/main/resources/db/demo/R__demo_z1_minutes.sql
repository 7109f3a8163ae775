-- Demo data of the minutes (issue 16): a year of monthly meetings of Alto Paraná (each in the calendar, taken by
-- carlos.rojas; the older ones approved, the last a draft) with attendance, agenda, notes, decisions and actions; one
-- action rolled forward twice before it was done, one dropped, and open ones owned by ana.benitez (one overdue, for her
-- home page); and one restricted operational meeting of the police and the prosecution, whose action is carlos.rojas's.
-- Runs only with portal.demo-data=true; idempotent (made once, when Alto Paraná has no meeting yet). It must run after
-- R__demo_task_forces.sql and R__demo_training.sql, and Flyway runs repeatable migrations in the order of their
-- descriptions: hence "z1" (the next feature's demo file that reads these is "z2_…").

do $$
declare
    ap bigint := (select id from task_force where slug = 'alto-parana');
    carlos bigint := (select id from member_profile where username = 'carlos.rojas');
    ana bigint := (select id from member_profile where username = 'ana.benitez');
    rosa bigint := (select id from member_profile where username = 'rosa.ortiz');
    hugo bigint := (select id from member_profile where username = 'hugo.acosta');
    marta bigint := (select id from member_profile where username = 'marta.duarte');
    month_start timestamptz;
    starts timestamptz;
    event bigint;
    meeting_ids bigint[] := '{}';
    mtg bigint;
    item bigint;
    new_outcome bigint;
    done_action bigint;
    k integer;
begin
    if ap is null or carlos is null then
        return;
    end if;
    perform set_config('app.actor', 'demo-data', true);
    perform set_config('app.actor_name', 'Datos de demostración', true);
    perform set_config('app.tenant_id', ap::text, true);
    if exists (select 1 from meeting where tenant_id = ap) then
        return;
    end if;

    -- Twelve monthly meetings, on the 10th at 09:00 in Asunción, from eleven months ago to this month.
    for k in reverse 11..0 loop
        month_start := date_trunc('month', current_date - make_interval(months => k));
        starts := ((month_start::date + 9) + time '09:00') at time zone 'America/Asuncion';
        insert into calendar_event (tenant_id, uid, title, location, category, visibility, starts_at, ends_at,
                                    time_zone, organiser_id)
        values (ap, 'demo-mesa-' || to_char(month_start, 'YYYY-MM') || '@alto-parana',
                'Mesa ordinaria ' || to_char(month_start, 'MM/YYYY'), 'Gobernación de Alto Paraná, Ciudad del Este',
                'MEETING', 'TASK_FORCE', starts, starts + interval '2 hours', 'America/Asuncion', carlos)
        returning id into event;
        insert into meeting (tenant_id, title, location, starts_at, ends_at, calendar_event_id, minute_taker_id,
                             visibility, state, created_by, updated_by)
        values (ap, 'Mesa ordinaria ' || to_char(month_start, 'MM/YYYY'), 'Gobernación de Alto Paraná, Ciudad del Este',
                starts, starts + interval '2 hours', event, carlos, 'TASK_FORCE',
                case when k >= 2 then 'APPROVED' when k = 1 then 'CIRCULATED' else 'DRAFT' end,
                'Carlos Rojas', 'Carlos Rojas')
        returning id into mtg;
        meeting_ids := meeting_ids || mtg;

        insert into meeting_attendee (tenant_id, meeting_id, member_id, presence, agency_code) values
            (ap, mtg, carlos, 'PRESENT', 'fiscalia'),
            (ap, mtg, ana, 'PRESENT', 'policia-nacional'),
            (ap, mtg, rosa, case when k % 4 = 0 then 'APOLOGISED' else 'PRESENT' end, 'ministerio-mujer'),
            (ap, mtg, hugo, 'PRESENT', 'ong-luna-nueva'),
            (ap, mtg, marta, case when k % 3 = 0 then 'APOLOGISED' else 'PRESENT' end, 'ministerio-trabajo');
        insert into meeting_guest (tenant_id, meeting_id, name, agency_name)
        values (ap, mtg, 'Lic. Teresa Galeano', 'Consejo Departamental de la Niñez');

        insert into agenda_item (tenant_id, meeting_id, position, title, presenter, planned_minutes, notes, updated_by)
        values (ap, mtg, 1, 'Casos del mes', 'Fiscalía', 40,
                '<h3>Resumen</h3><ul><li>Casos <b>AP-' || to_char(month_start, 'YYMM') || '-01</b> y <b>AP-'
                    || to_char(month_start, 'YYMM') || '-02</b>: en investigación.</li>'
                    || '<li>Derivaciones al albergue: coordinadas con el Ministerio de la Mujer.</li></ul>',
                'Carlos Rojas')
        returning id into item;
        insert into outcome (tenant_id, item_id, position, kind, text, created_by)
        values (ap, item, 1, 'INFORMATION', 'La Fiscalía informa dos casos nuevos en investigación.', 'Carlos Rojas');
        insert into outcome (tenant_id, item_id, position, kind, text, created_by)
        values (ap, item, 2, 'DECISION', 'Las derivaciones al albergue se coordinan por el Ministerio de la Mujer.',
                'Carlos Rojas');

        insert into agenda_item (tenant_id, meeting_id, position, title, presenter, planned_minutes, notes, updated_by)
        values (ap, mtg, 2, 'Capacitaciones y campañas', 'Fundación Luna Nueva', 20,
                '<p>Se repasa el calendario de capacitaciones de la mesa.</p>', 'Carlos Rojas')
        returning id into item;
        insert into outcome (tenant_id, item_id, position, kind, text, created_by)
        values (ap, item, 1, 'ACTION', 'Enviar el informe mensual de capacitaciones a la mesa', 'Carlos Rojas')
        returning id into new_outcome;
        insert into meeting_action (tenant_id, outcome_id, meeting_id, owner_agency_code, due_on, state, closed_at)
        values (ap, new_outcome, mtg, 'ong-luna-nueva', (starts + interval '20 days')::date,
                case when k >= 1 then 'DONE' else 'OPEN' end,
                case when k >= 1 then starts + interval '1 month' end);
    end loop;

    -- Seven months ago: visit the shelter. Kept open twice (six and five months ago), done four months ago.
    insert into outcome (tenant_id, item_id, position, kind, text, created_by)
    select ap, i.id, 3, 'ACTION', 'Visitar el albergue de Hernandarias con el Ministerio de la Mujer', 'Carlos Rojas'
    from agenda_item i where i.meeting_id = meeting_ids[5] and i.position = 1
    returning id into new_outcome;
    insert into meeting_action (tenant_id, outcome_id, meeting_id, owner_member_id, due_on, state, closed_at)
    select ap, new_outcome, meeting_ids[5], ana, (m.starts_at + interval '14 days')::date, 'DONE',
           (select starts_at from meeting where id = meeting_ids[8])
    from meeting m where m.id = meeting_ids[5]
    returning id into done_action;
    insert into action_review (tenant_id, action_id, meeting_id, state, note, reviewed_by, reviewed_at)
    select ap, done_action, m.id, r.state, r.note, 'Carlos Rojas', m.starts_at + interval '1 hour'
    from (values (6, 'OPEN', 'Falta la autorización de la Gobernación.'),
                 (7, 'OPEN', 'Visita fijada para fin de mes.'),
                 (8, 'DONE', null)) as r(idx, state, note)
    join meeting m on m.id = meeting_ids[r.idx];

    -- Three months ago: a survey that was dropped the next month.
    insert into outcome (tenant_id, item_id, position, kind, text, created_by)
    select ap, i.id, 2, 'ACTION', 'Encuesta a transportistas de la Triple Frontera', 'Carlos Rojas'
    from agenda_item i where i.meeting_id = meeting_ids[9] and i.position = 2
    returning id into new_outcome;
    insert into meeting_action (tenant_id, outcome_id, meeting_id, owner_agency_code, due_on, state, closed_at)
    select ap, new_outcome, meeting_ids[9], 'ministerio-trabajo', (starts_at + interval '21 days')::date, 'DROPPED',
           (select starts_at from meeting where id = meeting_ids[10])
    from meeting where id = meeting_ids[9]
    returning id into done_action;
    insert into action_review (tenant_id, action_id, meeting_id, state, note, reviewed_by, reviewed_at)
    select ap, done_action, meeting_ids[10], 'DROPPED', 'La Gobernación hará la encuesta con su propio equipo.',
           'Carlos Rojas', starts_at + interval '1 hour'
    from meeting where id = meeting_ids[10];

    -- Open actions of Ana Benítez: one overdue (two months ago), one due next month.
    insert into outcome (tenant_id, item_id, position, kind, text, created_by)
    select ap, i.id, 3, 'ACTION', 'Actualizar el protocolo de primera respuesta policial', 'Carlos Rojas'
    from agenda_item i where i.meeting_id = meeting_ids[10] and i.position = 1
    returning id into new_outcome;
    insert into meeting_action (tenant_id, outcome_id, meeting_id, owner_member_id, due_on)
    select ap, new_outcome, meeting_ids[10], ana, (starts_at + interval '10 days')::date
    from meeting where id = meeting_ids[10];
    insert into outcome (tenant_id, item_id, position, kind, text, created_by)
    select ap, i.id, 3, 'ACTION', 'Preparar la charla para transportistas en el puente de la Amistad', 'Carlos Rojas'
    from agenda_item i where i.meeting_id = meeting_ids[11] and i.position = 1
    returning id into new_outcome;
    insert into meeting_action (tenant_id, outcome_id, meeting_id, owner_member_id, due_on)
    select ap, new_outcome, meeting_ids[11], ana, current_date + 30
    from meeting where id = meeting_ids[11];

    -- The restricted operational meeting: only the police and the prosecution see it (not Rosa, Hugo or Marta).
    starts := ((current_date - 20) + time '15:00') at time zone 'America/Asuncion';
    insert into calendar_event (tenant_id, uid, title, location, category, visibility, starts_at, ends_at, time_zone,
                                organiser_id)
    values (ap, 'demo-operativo@alto-parana', 'Coordinación operativa: caso AP-OP-07', 'Fiscalía Regional',
            'OPERATION', 'LISTED', starts, starts + interval '90 minutes', 'America/Asuncion', carlos)
    returning id into event;
    insert into calendar_attendee (tenant_id, event_id, member_id) values (ap, event, ana);
    insert into meeting (tenant_id, title, location, starts_at, ends_at, calendar_event_id, minute_taker_id,
                         visibility, state, created_by, updated_by)
    values (ap, 'Coordinación operativa: caso AP-OP-07', 'Fiscalía Regional', starts, starts + interval '90 minutes',
            event, carlos, 'AGENCIES', 'DRAFT', 'Carlos Rojas', 'Carlos Rojas')
    returning id into mtg;
    insert into meeting_agency (tenant_id, meeting_id, agency_code) values (ap, mtg, 'fiscalia'),
                                                                       (ap, mtg, 'policia-nacional');
    insert into meeting_attendee (tenant_id, meeting_id, member_id, presence, agency_code) values
        (ap, mtg, carlos, 'PRESENT', 'fiscalia'), (ap, mtg, ana, 'PRESENT', 'policia-nacional');
    insert into agenda_item (tenant_id, meeting_id, position, title, presenter, planned_minutes, notes, updated_by)
    values (ap, mtg, 1, 'Plan del procedimiento', 'Policía Nacional', 60,
            '<p>Se acuerdan los equipos y la hora de encuentro (detalles solo en el expediente).</p>', 'Carlos Rojas')
    returning id into item;
    insert into outcome (tenant_id, item_id, position, kind, text, created_by)
    values (ap, item, 1, 'ACTION', 'Solicitar la orden de allanamiento del caso AP-OP-07', 'Carlos Rojas')
    returning id into new_outcome;
    insert into meeting_action (tenant_id, outcome_id, meeting_id, owner_member_id, due_on)
    values (ap, new_outcome, mtg, carlos, current_date + 3);
end $$;

-- Demo data of training (issue 14): the national sponsors, a national Train the Trainer course hosted by the Central
-- task force, sponsored by the U.S. Department of State and the OAS (both approve attendees), whose nominees were
-- approved by their liaisons emily.carter and pablo.sosa (realm-config/demo), and a specialised course in Alto Paraná
-- whose nominees still wait for the State Department. Runs only with portal.demo-data=true, after
-- R__demo_task_forces.sql; idempotent (a training is made once, by its title in its task force).

insert into sponsor (code, name, approves_attendees) values
    ('US-STATE', 'U.S. Department of State', true),
    ('OAS', 'Organización de los Estados Americanos (OEA)', true),
    ('MINMUJER', 'Ministerio de la Mujer', false)
on conflict (code) do nothing;

do $$
declare
    central bigint := (select id from task_force where slug = 'central');
    ap bigint := (select id from task_force where slug = 'alto-parana');
    marta bigint := (select id from member_profile where username = 'marta.duarte');
    carlos bigint := (select id from member_profile where username = 'carlos.rojas');
    us_state bigint := (select id from sponsor where code = 'US-STATE');
    oas bigint := (select id from sponsor where code = 'OAS');
    course bigint;
    event bigint;
    person record;
    nomination_id bigint;
    day integer;
begin
    perform set_config('app.actor', 'demo-data', true);
    perform set_config('app.actor_name', 'Datos de demostración', true);

    -- The national Train the Trainer course, held six weeks ago over three days, in Central.
    perform set_config('app.tenant_id', central::text, true);
    if not exists (select 1 from training where tenant_id = central and title = 'Formación nacional de formadores en trata de personas') then
        insert into training (tenant_id, title, kind, language, venue, capacity, national, created_by)
        values (central, 'Formación nacional de formadores en trata de personas', 'TRAIN_THE_TRAINER', 'es',
                'Academia Nacional de Policía, San Lorenzo', 20, true, 'sofia.caballero')
        returning id into course;
        insert into training_topics (tenant_id, training_id, topic_id)
        select central, course, id from training_topic
        where code in ('victim-identification', 'labour-trafficking', 'victim-interviewing');
        insert into training_sponsors (tenant_id, training_id, sponsor_id) values (central, course, us_state),
                                                                               (central, course, oas);
        for day in 0..2 loop
            insert into calendar_event (tenant_id, uid, title, location, category, visibility, starts_at, ends_at,
                                        time_zone, organiser_id)
            values (central, 'demo-ttt-' || day || '@central', 'Formación nacional de formadores en trata de personas',
                    'Academia Nacional de Policía, San Lorenzo', 'TRAINING', 'TASK_FORCE',
                    (current_date - 42 + day + time '08:30') at time zone 'America/Asuncion',
                    (current_date - 42 + day + time '16:30') at time zone 'America/Asuncion', 'America/Asuncion',
                    marta)
            returning id into event;
            insert into training_session (tenant_id, training_id, starts_at, ends_at, calendar_event_id)
            select central, course, starts_at, ends_at, id from calendar_event where id = event;
        end loop;

        for person in select * from (values
                ('Ana Benítez', 'Policía Nacional – Alto Paraná', 'NATIONAL_POLICE', 'Suboficial', 'FEMALE', 'ana.benitez'),
                ('Jorge Vera', 'Policía Nacional – Itapúa', 'NATIONAL_POLICE', 'Comisario', 'MALE', 'jorge.vera'),
                ('Lucía Giménez', 'Dirección General de Migraciones – Encarnación', 'MIGRATION', 'Inspectora', 'FEMALE', 'lucia.gimenez'),
                ('Carmen Villalba', 'Unidad Fiscal Especializada – Alto Paraná', 'PROSECUTOR', 'Fiscal adjunta', 'FEMALE', null),
                ('Rubén Martínez', null, null, 'Inspector de trabajo', 'MALE', null),
                ('Diego Franco', null, null, 'Agente pastoral', 'MALE', 'diego.franco'),
                ('Graciela Ayala', 'Fundación Luna Nueva', 'NGO', 'Psicóloga', 'FEMALE', null),
                ('Óscar Benítez', 'Policía Nacional – Alto Paraná', 'NATIONAL_POLICE', 'Oficial', 'MALE', null))
                as p(name, outside_name, outside_type, position, sex, account) loop
            insert into participant (tenant_id, name, normalised_name, agency_id, outside_agency_name,
                                     outside_agency_type, position, sex, account)
            values (central, person.name, lower(translate(person.name, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN')),
                    case when person.outside_name is null then
                        (select id from agency where tenant_id = central and code =
                            case person.name when 'Diego Franco' then 'pastoral-social' else 'ministerio-trabajo' end)
                    end,
                    person.outside_name, person.outside_type, person.position, person.sex, person.account);
        end loop;

        -- Six confirmed (both sponsors approved), one declined by the State Department, one withdrawn.
        for person in select id, name from participant where tenant_id = central loop
            insert into nomination (tenant_id, training_id, participant_id, state, nominated_by, nominated_at)
            values (central, course, person.id,
                    case person.name when 'Óscar Benítez' then 'DECLINED' when 'Graciela Ayala' then 'WITHDRAWN'
                                     else 'CONFIRMED' end,
                    'marta.duarte', now() - interval '60 days')
            returning id into nomination_id;
            if person.name = 'Óscar Benítez' then
                insert into nomination_decision (tenant_id, nomination_id, sponsor_id, approved, reason, decided_by,
                                                 decided_at)
                values (central, nomination_id, us_state, false,
                        'Already trained in 2025; please nominate a colleague who was not.', 'emily.carter',
                        now() - interval '55 days');
            elsif person.name <> 'Graciela Ayala' then
                insert into nomination_decision (tenant_id, nomination_id, sponsor_id, approved, decided_by, decided_at)
                values (central, nomination_id, us_state, true, 'emily.carter', now() - interval '55 days'),
                       (central, nomination_id, oas, true, 'pablo.sosa', now() - interval '54 days');
            end if;
        end loop;
    end if;

    -- A specialised course in Alto Paraná next month, funded by the State Department: its nominees wait for Emily.
    perform set_config('app.tenant_id', ap::text, true);
    if not exists (select 1 from training where tenant_id = ap and title = 'Mendicidad forzada: detección y derivación') then
        insert into training (tenant_id, title, kind, language, venue, capacity, created_by)
        values (ap, 'Mendicidad forzada: detección y derivación', 'SPECIALISED', 'es',
                'Centro Regional del Ministerio de la Mujer, Ciudad del Este', 25, 'carlos.rojas')
        returning id into course;
        insert into training_topics (tenant_id, training_id, topic_id)
        select ap, course, id from training_topic where code in ('forced-begging', 'victim-identification');
        insert into training_sponsors (tenant_id, training_id, sponsor_id) values (ap, course, us_state);
        insert into calendar_event (tenant_id, uid, title, location, category, visibility, starts_at, ends_at,
                                    time_zone, organiser_id)
        values (ap, 'demo-begging@alto-parana', 'Mendicidad forzada: detección y derivación',
                'Centro Regional del Ministerio de la Mujer, Ciudad del Este', 'TRAINING', 'TASK_FORCE',
                (current_date + 30 + time '09:00') at time zone 'America/Asuncion',
                (current_date + 30 + time '13:00') at time zone 'America/Asuncion', 'America/Asuncion', carlos)
        returning id into event;
        insert into training_session (tenant_id, training_id, starts_at, ends_at, calendar_event_id)
        select ap, course, starts_at, ends_at, id from calendar_event where id = event;

        insert into participant (tenant_id, name, normalised_name, agency_id, position, sex, email)
        select ap, p.name, p.normalised, a.id, p.position, p.sex, p.email
        from (values ('Hugo Acosta', 'hugo acosta', 'ong-luna-nueva', 'Educador de calle', 'MALE',
                      'hugo.acosta@demo.taskforce.example'),
                     ('Rosa Ortiz', 'rosa ortiz', 'ministerio-mujer', 'Trabajadora social', 'FEMALE',
                      'rosa.ortiz@demo.taskforce.example'),
                     ('Nilda Cabrera', 'nilda cabrera', 'policia-nacional', 'Suboficial', 'FEMALE', null))
             as p(name, normalised, agency, position, sex, email)
        join agency a on a.tenant_id = ap and a.code = p.agency;
        insert into nomination (tenant_id, training_id, participant_id, state, nominated_by)
        select ap, course, id, 'AWAITING_APPROVAL', 'carlos.rojas' from participant
        where tenant_id = ap and name in ('Hugo Acosta', 'Rosa Ortiz');
    end if;
end $$;

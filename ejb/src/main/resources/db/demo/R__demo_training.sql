-- Demo data of training (issue 14): the national sponsors, a national Train the Trainer course hosted by the Central
-- task force, sponsored by the U.S. Department of State and the OAS (both approve attendees), whose nominees were
-- approved by their liaisons emily.carter and pablo.sosa (realm-config/demo), and a specialised course in Alto Paraná
-- whose nominees still wait for the State Department. Then the course's attendance and its trainers' certificates,
-- and the replications those trainers gave in Alto Paraná and Itapúa (each trainer linked by their certificate), with
-- participants and attendance, so that the course's cascade shows its reach. Runs only with portal.demo-data=true,
-- after R__demo_task_forces.sql; idempotent (a training is made once, by its title in its task force; attendance and
-- certificates once per course), and deterministic: the same people, marks and verification codes on every machine.

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

-- The national course held (six weeks ago): its confirmed participants' attendance and the certificates of those who
-- completed, and three replications its trainers gave since. A demo certificate's verification code is derived from
-- its holder's name (sha256, URL-safe Base64): the same on every demo, so the README can show one; real codes are
-- random (CertificateCodes). Another task force's certificate is read with that task force bound (row-level security
-- applies to the owner too), and only its id crosses over, as the portal itself links a replication's trainer.
do $$
declare
    central bigint := (select id from task_force where slug = 'central');
    ap bigint := (select id from task_force where slug = 'alto-parana');
    itapua bigint := (select id from task_force where slug = 'itapua');
    carlos bigint := (select id from member_profile where username = 'carlos.rojas');
    jorge bigint := (select id from member_profile where username = 'jorge.vera');
    us_state bigint := (select id from sponsor where code = 'US-STATE');
    oas bigint := (select id from sponsor where code = 'OAS');
    minmujer bigint := (select id from sponsor where code = 'MINMUJER');
    course bigint;
    ana_certificate bigint;
    carmen_certificate bigint;
    jorge_certificate bigint;
    lucia_certificate bigint;
    replication record;
    replica bigint;
    event bigint;
    person record;
    host bigint;
    nomination_id bigint;
    day integer;
begin
    perform set_config('app.actor', 'demo-data', true);
    perform set_config('app.actor_name', 'Datos de demostración', true);

    perform set_config('app.tenant_id', central::text, true);
    course := (select id from training where tenant_id = central
               and title = 'Formación nacional de formadores en trata de personas');
    if course is not null and not exists (select 1 from certificate where training_id = course) then
        -- Present at all three days, but Rubén Martínez was absent on the last (2 of 3 days: under 80 %) and Jorge
        -- Vera arrived an hour late on the first (still well over 80 %).
        insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by, recorded_at)
        select central, s.id, n.participant_id,
               case when p.name = 'Rubén Martínez' and s.rank = 3 then 'ABSENT'
                    when p.name = 'Jorge Vera' and s.rank = 1 then 'LATE'
                    else 'PRESENT' end,
               case when p.name = 'Rubén Martínez' and s.rank = 3 then 0
                    when p.name = 'Jorge Vera' and s.rank = 1 then 420
                    else extract(epoch from s.ends_at - s.starts_at)::integer / 60 end,
               'marta.duarte', s.ends_at + interval '1 hour'
        from nomination n
        join participant p on p.id = n.participant_id
        join (select id, starts_at, ends_at, rank() over (order by starts_at) as rank
              from training_session where training_id = course) s on true
        where n.training_id = course and n.state = 'CONFIRMED';

        insert into certificate (tenant_id, training_id, participant_id, code, issued_at)
        select central, course, p.id,
               translate(encode(sha256(convert_to('demo-certificate:' || p.name, 'UTF8')), 'base64'), '+/=', '-_'),
               (select max(ends_at) from training_session where training_id = course) + interval '2 days'
        from nomination n join participant p on p.id = n.participant_id
        where n.training_id = course and n.state = 'CONFIRMED' and p.name <> 'Rubén Martínez';
    end if;
    ana_certificate := (select c.id from certificate c join participant p on p.id = c.participant_id
                        where c.training_id = course and p.name = 'Ana Benítez');
    carmen_certificate := (select c.id from certificate c join participant p on p.id = c.participant_id
                           where c.training_id = course and p.name = 'Carmen Villalba');
    jorge_certificate := (select c.id from certificate c join participant p on p.id = c.participant_id
                          where c.training_id = course and p.name = 'Jorge Vera');
    lucia_certificate := (select c.id from certificate c join participant p on p.id = c.participant_id
                          where c.training_id = course and p.name = 'Lucía Giménez');
    if ana_certificate is null or jorge_certificate is null then
        return; -- the course is not there as this file made it: nothing to replicate
    end if;

    -- The replications: in Alto Paraná by Ana Benítez and Carmen Villalba (State Department, which approves
    -- attendees: Emily approved them), in Itapúa by Jorge Vera (OAS, approved by Pablo, and the Ministry of Women) and a
    -- small one by Lucía Giménez (Ministry of Women; fewer than 5 people, so Central sees "fewer than 5").
    for replication in select * from (values
            ('alto-parana', 'Réplica: identificación de víctimas de trata en la Triple Frontera',
             'Centro Regional del Ministerio de la Mujer, Ciudad del Este', 21, 2, 'carlos.rojas', 'US-STATE', null),
            ('itapua', 'Réplica: trata laboral en yerbales y obrajes',
             'Gobernación de Itapúa, Encarnación', 14, 2, 'jorge.vera', 'OAS', 'MINMUJER'),
            ('itapua', 'Réplica: entrevista a víctimas en el puesto fronterizo',
             'Puesto de Migraciones del Puente San Roque González, Encarnación', 6, 1, 'jorge.vera', 'MINMUJER', null))
            as r(slug, title, venue, days_ago, sessions, by_whom, sponsor_a, sponsor_b) loop
        host := (select id from task_force where slug = replication.slug);
        perform set_config('app.tenant_id', host::text, true);
        if exists (select 1 from training where tenant_id = host and title = replication.title) then
            continue;
        end if;
        insert into training (tenant_id, title, kind, language, venue, capacity, created_by, created_at)
        values (host, replication.title, 'REPLICATION', 'es', replication.venue, 25, replication.by_whom,
                now() - make_interval(days => replication.days_ago + 30))
        returning id into replica;
        insert into training_topics (tenant_id, training_id, topic_id)
        select host, replica, id from training_topic
        where code in ('victim-identification',
                       case replication.slug when 'alto-parana' then 'sexual-exploitation'
                                             else 'labour-trafficking' end);
        insert into training_sponsors (tenant_id, training_id, sponsor_id)
        select host, replica, id from sponsor where code in (replication.sponsor_a, replication.sponsor_b);
        for day in 0..replication.sessions - 1 loop
            insert into calendar_event (tenant_id, uid, title, location, category, visibility, starts_at, ends_at,
                                        time_zone, organiser_id)
            values (host, 'demo-replication-' || md5(replication.title) || '-' || day || '@' || replication.slug,
                    replication.title, replication.venue, 'TRAINING', 'TASK_FORCE',
                    (current_date - replication.days_ago + day + time '08:00') at time zone 'America/Asuncion',
                    (current_date - replication.days_ago + day + time '12:00') at time zone 'America/Asuncion',
                    'America/Asuncion', case replication.slug when 'alto-parana' then carlos else jorge end)
            returning id into event;
            insert into training_session (tenant_id, training_id, starts_at, ends_at, calendar_event_id)
            select host, replica, starts_at, ends_at, id from calendar_event where id = event;
        end loop;

        -- The trainers, participants of the host task force (made once; Ana, Jorge and Lucía with their accounts),
        -- each linked by the certificate of the national course that made them a trainer.
        for person in select * from (values
                ('alto-parana', 'Ana Benítez', 'policia-nacional', 'Suboficial', 'FEMALE', 'ana.benitez',
                 ana_certificate),
                ('alto-parana', 'Carmen Villalba', 'fiscalia', 'Fiscal adjunta', 'FEMALE', null, carmen_certificate),
                ('itapua', 'Jorge Vera', 'policia-nacional', 'Comisario', 'MALE', 'jorge.vera', jorge_certificate),
                ('itapua', 'Lucía Giménez', 'migraciones', 'Inspectora', 'FEMALE', 'lucia.gimenez',
                 lucia_certificate))
                as t(slug, name, agency, position, sex, account, certificate_id)
                where t.slug = replication.slug
                  and (replication.title like 'Réplica: entrevista%') = (t.name = 'Lucía Giménez') loop
            if not exists (select 1 from participant where tenant_id = host and name = person.name) then
                insert into participant (tenant_id, name, normalised_name, agency_id, position, sex, account)
                select host, person.name, lower(translate(person.name, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN')), a.id,
                       person.position, person.sex,
                       -- one participant per account and task force: someone may have added them already
                       case when not exists (select 1 from participant x
                                             where x.tenant_id = host and x.account = person.account)
                            then person.account end
                from agency a where a.tenant_id = host and a.code = person.agency;
            end if;
            insert into training_trainer (tenant_id, training_id, participant_id, trainer_certificate_id)
            select host, replica, id, person.certificate_id from participant
            where tenant_id = host and name = person.name;
        end loop;

        -- The people trained: confirmed (approved by the sponsor's liaison where it approves attendees), and their
        -- attendance: present at every session, but the last one absent at the last session (not completed) and,
        -- in the larger replications, one who came late to the first.
        for person in select * from (values
                ('alto-parana', 1, 'Néstor Galeano', 'policia-nacional', 'Oficial inspector', 'MALE'),
                ('alto-parana', 2, 'Mirta Ocampo', 'ministerio-mujer', 'Trabajadora social', 'FEMALE'),
                ('alto-parana', 3, 'Fabián Riquelme', 'migraciones', 'Inspector de frontera', 'MALE'),
                ('alto-parana', 4, 'Silvia Cardozo', 'ministerio-trabajo', 'Inspectora de trabajo', 'FEMALE'),
                ('alto-parana', 5, 'Ramón Insfrán', 'fiscalia', 'Asistente fiscal', 'MALE'),
                ('alto-parana', 6, 'Gladys Morínigo', 'ong-luna-nueva', 'Psicóloga', 'FEMALE'),
                ('alto-parana', 7, 'Teresa Aquino', 'policia-nacional', 'Suboficial', 'FEMALE'),
                ('itapua', 1, 'Celso Benítez', 'policia-nacional', 'Oficial', 'MALE'),
                ('itapua', 2, 'Liliana Ferreira', 'migraciones', 'Inspectora', 'FEMALE'),
                ('itapua', 3, 'Osvaldo Sanabria', 'fiscalia', 'Fiscal asistente', 'MALE'),
                ('itapua', 4, 'Nancy Duarte', 'pastoral-social', 'Agente pastoral', 'FEMALE'),
                ('itapua', 5, 'Arnaldo Giménez', 'policia-nacional', 'Suboficial', 'MALE'),
                ('itapua', 6, 'Zully Ramírez', 'pastoral-social', 'Voluntaria', 'FEMALE'),
                ('itapua', 11, 'Pedro Ayala', 'migraciones', 'Agente de frontera', 'MALE'),
                ('itapua', 12, 'Blanca Vera', 'migraciones', 'Agente de frontera', 'FEMALE'),
                ('itapua', 13, 'Hilda Romero', 'policia-nacional', 'Suboficial', 'FEMALE'))
                as p(slug, n, name, agency, position, sex)
                where p.slug = replication.slug
                  and (replication.title like 'Réplica: entrevista%') = (p.n > 10)
                order by p.n loop
            if not exists (select 1 from participant where tenant_id = host and name = person.name) then
                insert into participant (tenant_id, name, normalised_name, agency_id, position, sex)
                select host, person.name, lower(translate(person.name, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN')), a.id,
                       person.position, person.sex
                from agency a where a.tenant_id = host and a.code = person.agency;
            end if;
            insert into nomination (tenant_id, training_id, participant_id, state, nominated_by, nominated_at)
            select host, replica, id, 'CONFIRMED', replication.by_whom,
                   now() - make_interval(days => replication.days_ago + 20)
            from participant where tenant_id = host and name = person.name
            returning id into nomination_id;
            if replication.sponsor_a in ('US-STATE', 'OAS') then
                insert into nomination_decision (tenant_id, nomination_id, sponsor_id, approved, decided_by,
                                                 decided_at)
                values (host, nomination_id, case replication.sponsor_a when 'US-STATE' then us_state else oas end,
                        true, case replication.sponsor_a when 'US-STATE' then 'emily.carter' else 'pablo.sosa' end,
                        now() - make_interval(days => replication.days_ago + 15));
            end if;
            insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by,
                                    recorded_at)
            select host, s.id, (select id from participant where tenant_id = host and name = person.name),
                   case when person.n in (7, 6, 13) and s.rank = replication.sessions and replication.sessions > 1
                            then 'ABSENT'
                        when person.n in (7, 6, 13) and replication.sessions = 1 then 'LEFT_EARLY'
                        when person.n = 2 and s.rank = 1 then 'LATE'
                        else 'PRESENT' end,
                   case when person.n in (7, 6, 13) and s.rank = replication.sessions and replication.sessions > 1
                            then 0
                        when person.n in (7, 6, 13) and replication.sessions = 1 then 90
                        when person.n = 2 and s.rank = 1 then 210
                        else extract(epoch from s.ends_at - s.starts_at)::integer / 60 end,
                   replication.by_whom, s.ends_at + interval '2 hours'
            from (select id, starts_at, ends_at, rank() over (order by starts_at) as rank
                  from training_session where training_id = replica) s;
        end loop;
    end loop;
end $$;

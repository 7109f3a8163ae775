-- Demo data: three task forces, their agencies and the demo people of realm-config/demo/taskforce-demo.json
-- (same Keycloak user ids), so that a task force's home lists its people before they have all signed in.
-- Runs only with portal.demo-data=true; idempotent, so it may run again whenever this file changes.

insert into task_force (slug, name, department, city) values
    ('alto-parana', 'Mesa Regional Alto Paraná', 'Alto Paraná', 'Ciudad del Este'),
    ('itapua', 'Mesa Regional Itapúa', 'Itapúa', 'Encarnación'),
    ('central', 'Mesa Regional Central', 'Central', 'San Lorenzo')
on conflict (slug) do nothing;

-- Agencies and memberships are task-force-owned: row-level security admits them one task force at a time, with
-- app.tenant_id set to that task force (see V2), and every write is audited with its actor (see V4).
create temporary table demo_agency (slug varchar, code varchar, type varchar, name varchar) on commit drop;
insert into demo_agency values
    ('alto-parana', 'policia-nacional', 'NATIONAL_POLICE', 'Policía Nacional – División de Trata de Personas'),
    ('alto-parana', 'fiscalia', 'PROSECUTOR', 'Unidad Fiscal Especializada en Trata de Personas'),
    ('alto-parana', 'ministerio-mujer', 'WOMEN_MINISTRY', 'Ministerio de la Mujer – Centro Regional'),
    ('alto-parana', 'ministerio-trabajo', 'LABOUR', 'Ministerio de Trabajo – Inspección'),
    ('alto-parana', 'ong-luna-nueva', 'NGO', 'Fundación Luna Nueva'),
    ('alto-parana', 'migraciones', 'MIGRATION', 'Dirección General de Migraciones'),
    ('itapua', 'policia-nacional', 'NATIONAL_POLICE', 'Policía Nacional – Departamento Itapúa'),
    ('itapua', 'migraciones', 'MIGRATION', 'Dirección General de Migraciones – Encarnación'),
    ('itapua', 'fiscalia', 'PROSECUTOR', 'Fiscalía Regional de Encarnación'),
    ('itapua', 'pastoral-social', 'FAITH_BASED', 'Pastoral Social Diocesana'),
    ('central', 'ministerio-trabajo', 'LABOUR', 'Ministerio de Trabajo – Inspección Central'),
    ('central', 'pastoral-social', 'FAITH_BASED', 'Pastoral Social Arquidiocesana'),
    ('central', 'ministerio-ninez', 'CHILDREN_MINISTRY', 'Ministerio de la Niñez y la Adolescencia')
;

insert into member_profile (subject, username, display_name, email, agency_code)
values
    ('10000000-0000-4000-8000-000000000001', 'ana.benitez', 'Ana Benítez', 'ana.benitez@demo.taskforce.example', 'policia-nacional'),
    ('10000000-0000-4000-8000-000000000002', 'carlos.rojas', 'Carlos Rojas', 'carlos.rojas@demo.taskforce.example', 'fiscalia'),
    ('10000000-0000-4000-8000-000000000003', 'rosa.ortiz', 'Rosa Ortiz', 'rosa.ortiz@demo.taskforce.example', 'ministerio-mujer'),
    ('10000000-0000-4000-8000-000000000004', 'hugo.acosta', 'Hugo Acosta', 'hugo.acosta@demo.taskforce.example', 'ong-luna-nueva'),
    ('10000000-0000-4000-8000-000000000005', 'lucia.gimenez', 'Lucía Giménez', 'lucia.gimenez@demo.taskforce.example', 'migraciones'),
    ('10000000-0000-4000-8000-000000000006', 'jorge.vera', 'Jorge Vera', 'jorge.vera@demo.taskforce.example', 'policia-nacional'),
    ('10000000-0000-4000-8000-000000000007', 'marta.duarte', 'Marta Duarte', 'marta.duarte@demo.taskforce.example', 'ministerio-trabajo'),
    ('10000000-0000-4000-8000-000000000008', 'diego.franco', 'Diego Franco', 'diego.franco@demo.taskforce.example', 'pastoral-social')
on conflict (subject) do nothing;

create temporary table demo_membership (slug varchar, username varchar) on commit drop;
insert into demo_membership values
    ('alto-parana', 'ana.benitez'), ('alto-parana', 'carlos.rojas'), ('alto-parana', 'rosa.ortiz'),
    ('alto-parana', 'hugo.acosta'), ('alto-parana', 'marta.duarte'),
    ('itapua', 'lucia.gimenez'), ('itapua', 'jorge.vera'),
    ('central', 'marta.duarte'), ('central', 'diego.franco')
;

do $$
declare
    tf record;
begin
    for tf in select id, slug from task_force where slug in ('alto-parana', 'itapua', 'central') loop
        perform set_config('app.tenant_id', tf.id::text, true);
        perform set_config('app.actor', 'demo-data', true);
        perform set_config('app.actor_name', 'Datos de demostración', true);
        insert into agency (tenant_id, code, type, name)
        select tf.id, a.code, a.type, a.name from demo_agency a where a.slug = tf.slug
        on conflict (tenant_id, code) do nothing;
        insert into membership (tenant_id, member_id)
        select tf.id, p.id from demo_membership m join member_profile p on p.username = m.username
        where m.slug = tf.slug
        on conflict (tenant_id, member_id) do nothing;
    end loop;
end $$;

-- Calendar (V5): a few events around the day the demo data is loaded. Times are in America/Asuncion.
do $$
declare
    ap bigint := (select id from task_force where slug = 'alto-parana');
    it bigint := (select id from task_force where slug = 'itapua');
    tuesday date := current_date + ((9 - extract(isodow from current_date)::int) % 7);
    thursday date := current_date + ((11 - extract(isodow from current_date)::int) % 7);
    carlos bigint := (select id from member_profile where username = 'carlos.rojas');
    ana bigint := (select id from member_profile where username = 'ana.benitez');
    jorge bigint := (select id from member_profile where username = 'jorge.vera');
    operation bigint;
begin
    perform set_config('app.actor', 'demo-data', true);
    perform set_config('app.actor_name', 'Datos de demostración', true);

    perform set_config('app.tenant_id', ap::text, true);
    insert into calendar_event (tenant_id, uid, title, description, location, category, visibility, starts_at, ends_at,
                                time_zone, rrule, reminder_minutes, organiser_id)
    values
        (ap, 'demo-weekly@alto-parana', 'Reunión semanal de coordinación', 'Seguimiento de casos y derivaciones.',
         'Fiscalía Regional, Ciudad del Este', 'MEETING', 'TASK_FORCE',
         (tuesday + time '09:00') at time zone 'America/Asuncion',
         (tuesday + time '10:30') at time zone 'America/Asuncion', 'America/Asuncion',
         'FREQ=WEEKLY;BYDAY=TU;COUNT=12', '30', carlos),
        (ap, 'demo-training@alto-parana', 'Formación de formadores – módulo 2', 'Patrocinio: Departamento de Estado y OEA.',
         'Centro Regional del Ministerio de la Mujer', 'TRAINING', 'TASK_FORCE',
         (current_date + 10)::timestamp at time zone 'America/Asuncion',
         (current_date + 12)::timestamp at time zone 'America/Asuncion', 'America/Asuncion', null, '1440', carlos)
    on conflict (uid) do nothing;
    update calendar_event set all_day = true where uid = 'demo-training@alto-parana' and not all_day;
    insert into calendar_event (tenant_id, uid, title, location, category, visibility, agency_code, starts_at, ends_at,
                                time_zone, organiser_id)
    values (ap, 'demo-agency@alto-parana', 'Reunión interna de la División de Trata', 'Comisaría 1ª', 'MEETING',
            'AGENCY', 'policia-nacional', (current_date + 3 + time '14:00') at time zone 'America/Asuncion',
            (current_date + 3 + time '15:00') at time zone 'America/Asuncion', 'America/Asuncion', ana)
    on conflict (uid) do nothing;
    insert into calendar_event (tenant_id, uid, title, category, visibility, starts_at, ends_at, time_zone,
                                organiser_id)
    values (ap, 'demo-operation@alto-parana', 'Operativo de rescate (confidencial)', 'OPERATION', 'LISTED',
            (current_date + 5 + time '05:00') at time zone 'America/Asuncion',
            (current_date + 5 + time '08:00') at time zone 'America/Asuncion', 'America/Asuncion', carlos)
    on conflict (uid) do nothing
    returning id into operation;
    if operation is not null then
        insert into calendar_attendee (tenant_id, event_id, member_id) values (ap, operation, ana);
    end if;

    perform set_config('app.tenant_id', it::text, true);
    insert into calendar_event (tenant_id, uid, title, location, category, visibility, starts_at, ends_at, time_zone,
                                rrule, organiser_id)
    values (it, 'demo-weekly@itapua', 'Reunión de la mesa de Itapúa', 'Gobernación, Encarnación', 'MEETING',
            'TASK_FORCE', (thursday + time '10:00') at time zone 'America/Asuncion',
            (thursday + time '11:00') at time zone 'America/Asuncion', 'America/Asuncion',
            'FREQ=WEEKLY;BYDAY=TH;COUNT=8', jorge)
    on conflict (uid) do nothing;
end $$;

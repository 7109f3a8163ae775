-- Demo data: three task forces, their agencies and the demo people of realm-config/demo/taskforce-demo.json
-- (same Keycloak user ids), so that a task force's home lists its people before they have all signed in.
-- Runs only with portal.demo-data=true; idempotent, so it may run again whenever this file changes.

insert into task_force (slug, name, department, city) values
    ('alto-parana', 'Mesa Regional Alto Paraná', 'Alto Paraná', 'Ciudad del Este'),
    ('itapua', 'Mesa Regional Itapúa', 'Itapúa', 'Encarnación'),
    ('central', 'Mesa Regional Central', 'Central', 'San Lorenzo')
on conflict (slug) do nothing;

-- Agencies and memberships are task-force-owned: row-level security admits them one task force at a time, with
-- app.tenant_id set to that task force (see V2).
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
        insert into agency (tenant_id, code, type, name)
        select tf.id, a.code, a.type, a.name from demo_agency a where a.slug = tf.slug
        on conflict (tenant_id, code) do nothing;
        insert into membership (tenant_id, member_id)
        select tf.id, p.id from demo_membership m join member_profile p on p.username = m.username
        where m.slug = tf.slug
        on conflict (tenant_id, member_id) do nothing;
    end loop;
end $$;

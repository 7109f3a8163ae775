-- Data for the row-level security benchmark: the same 1.08 M rows twice, 60 000 for each of 18 task forces, in a
-- table with the portal's forced policy (bench_rls) and in one without (bench_plain). Both have the index the
-- portal puts on every task-force-owned table: (tenant_id, created_at).
drop table if exists bench_rls, bench_plain;

create table bench_plain (
    id         bigint generated always as identity primary key,
    tenant_id  bigint      not null,
    created_at timestamptz not null,
    hours      numeric(5, 1) not null,
    note       text        not null
);

insert into bench_plain (tenant_id, created_at, hours, note)
select 1 + (n % 18),
       timestamptz '2026-01-01' + (n % 330) * interval '1 day' + (n % 86400) * interval '1 second',
       (n % 80) / 10.0,
       md5(n::text)
from generate_series(1, 1080000) as n;

create table bench_rls (like bench_plain including all);
insert into bench_rls (tenant_id, created_at, hours, note)
select tenant_id, created_at, hours, note from bench_plain;

create index bench_plain_tenant_created on bench_plain (tenant_id, created_at);
create index bench_rls_tenant_created on bench_rls (tenant_id, created_at);

-- The portal's policy, exactly as portal_isolate_by_task_force() makes it.
alter table bench_rls enable row level security;
alter table bench_rls force row level security;
create policy task_force_isolation on bench_rls
    using (tenant_id = current_setting('app.tenant_id')::bigint)
    with check (tenant_id = current_setting('app.tenant_id')::bigint);

grant select on bench_plain, bench_rls to :"app";
analyze bench_plain;
analyze bench_rls;

-- One task force's hours in one quarter, the task force named in the query (no row-level security).
\set tenant random(1, 18)
\set month random(1, 8)
begin;
select count(*), sum(hours) from bench_plain
where tenant_id = :tenant
  and created_at >= make_timestamptz(2026, :month, 1, 0, 0, 0, 'UTC')
  and created_at < make_timestamptz(2026, :month, 1, 0, 0, 0, 'UTC') + interval '3 months';
commit;

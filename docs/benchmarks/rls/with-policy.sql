-- The same query through the policy alone: the task force comes from app.tenant_id, set for this transaction as
-- the portal does, and the query names none.
\set tenant random(1, 18)
\set month random(1, 8)
begin;
select set_config('app.tenant_id', (:tenant)::text, true);
select count(*), sum(hours) from bench_rls
where created_at >= make_timestamptz(2026, :month, 1, 0, 0, 0, 'UTC')
  and created_at < make_timestamptz(2026, :month, 1, 0, 0, 0, 'UTC') + interval '3 months';
commit;

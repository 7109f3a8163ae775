-- The audit trail page reads a task force's events newest first (order by id desc, a page at a time) and counts them
-- for its paginator. The only index starting with tenant_id went on by occurred_at, so at national scale PostgreSQL
-- read the whole table for both (issue 15's growth run at scale 3, 15 years: the count 520 ms to 950 ms, a page of a
-- search 3 s). By tenant and id, a page is a walk down the index and the count an index-only scan (41 ms).
create index audit_event_tenant_id on audit_event (tenant_id, id);

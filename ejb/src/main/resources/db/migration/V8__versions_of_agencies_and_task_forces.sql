-- Optimistic locking for the records two people can edit at the same time, as calendar events have had since V5:
-- an agency (any coordinator of its task force) and a task force (any national coordinator). JPA raises version with
-- every write; a save from a form opened at an older version is refused (database.OptimisticLocking) instead of
-- silently overwriting the other person's change. Rows that exist start at 0.

alter table agency add column version integer not null default 0;
alter table task_force add column version integer not null default 0;

comment on column agency.version is 'Raised by every write (JPA @Version): a save from an older version is refused.';
comment on column task_force.version is 'Raised by every write (JPA @Version): a save from an older version is refused.';

-- Creates the portal's roles and its database if they are missing. Run by a PostgreSQL superuser with psql:
--   psql -v database=portal -v owner=portal_owner -v owner_password=... -v app=portal_app -v app_password=... \
--        [-v reporting=portal_reporting] -f db-bootstrap.sql
-- The owner role owns the schema and runs the Flyway migrations; the app role is what the portal connects as: it
-- owns nothing and cannot bypass row-level security. The reporting role cannot sign in at all: it only owns the few
-- SECURITY DEFINER functions that read across task forces and return aggregates (the national overview).

\if :{?reporting}
\else
\set reporting portal_reporting
\endif

select format('create role %I login password %L', :'owner', :'owner_password')
where not exists (select from pg_roles where rolname = :'owner') \gexec

select format('create role %I login nosuperuser nocreatedb nocreaterole nobypassrls password %L', :'app', :'app_password')
where not exists (select from pg_roles where rolname = :'app') \gexec

select format('create role %I nologin nosuperuser nocreatedb nocreaterole bypassrls', :'reporting')
where not exists (select from pg_roles where rolname = :'reporting') \gexec
-- The owner hands its cross-task-force functions to the reporting role (ALTER FUNCTION ... OWNER TO).
select format('grant %I to %I', :'reporting', :'owner')
where not pg_has_role(:'owner', :'reporting', 'member') \gexec

select format('create database %I owner %I encoding ''UTF8'' template template0', :'database', :'owner')
where not exists (select from pg_database where datname = :'database') \gexec

select format('revoke all on database %I from public', :'database') \gexec
select format('grant connect, temporary on database %I to %I', :'database', :'app') \gexec

\connect :database
select format('alter schema public owner to %I', :'owner') \gexec
revoke create on schema public from public;
select format('grant usage on schema public to %I', :'app') \gexec
select format('grant usage, create on schema public to %I', :'reporting') \gexec

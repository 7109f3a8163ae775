-- Creates the portal's two roles and its database if they are missing. Run by a PostgreSQL superuser with psql:
--   psql -v database=portal -v owner=portal_owner -v owner_password=... -v app=portal_app -v app_password=... -f db-bootstrap.sql
-- The owner role owns the schema and runs the Flyway migrations; the app role is what the portal connects as: it
-- owns nothing and cannot bypass row-level security.

select format('create role %I login password %L', :'owner', :'owner_password')
where not exists (select from pg_roles where rolname = :'owner') \gexec

select format('create role %I login nosuperuser nocreatedb nocreaterole nobypassrls password %L', :'app', :'app_password')
where not exists (select from pg_roles where rolname = :'app') \gexec

select format('create database %I owner %I encoding ''UTF8'' template template0', :'database', :'owner')
where not exists (select from pg_database where datname = :'database') \gexec

select format('revoke all on database %I from public', :'database') \gexec
select format('grant connect, temporary on database %I to %I', :'database', :'app') \gexec

\connect :database
select format('alter schema public owner to %I', :'owner') \gexec
revoke create on schema public from public;
select format('grant usage on schema public to %I', :'app') \gexec

#!/usr/bin/env bash
# Run by the postgres image on a new database (docker-entrypoint-initdb.d): the portal's roles and database.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres \
  -v database="${PORTAL_DB_NAME:-portal}" \
  -v owner="${PORTAL_DB_OWNER_USER:-portal_owner}" -v owner_password="${PORTAL_DB_OWNER_PASSWORD:-portal_owner}" \
  -v app="${PORTAL_DB_APP_USER:-portal_app}" -v app_password="${PORTAL_DB_APP_PASSWORD:-portal_app}" \
  -v reporting="${PORTAL_DB_REPORTING_ROLE:-portal_reporting}" \
  -f /portal-bin/db-bootstrap.sql

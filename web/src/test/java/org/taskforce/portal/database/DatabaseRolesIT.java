package org.taskforce.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.testsupport.DatabaseRoles;

/**
 * The portal connects as a role that owns nothing and cannot bypass row-level security; the schema was migrated by
 * the owner role. The few functions that read across task forces run as the reporting role, made so in one line
 * ({@code portal_reporting_function}), and every sequence is the portal's to use by default privileges.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseRolesIT {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseRoles roles;

    @Test
    void portalRoleOwnsNoTableAndCannotBypassRowLevelSecurity() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet role = statement.executeQuery(
                    "select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user");
            assertTrue(role.next());
            assertFalse(role.getBoolean("rolsuper"), "superuser");
            assertFalse(role.getBoolean("rolbypassrls"), "bypassrls");
            assertFalse(role.getBoolean("rolcreaterole"), "createrole");
            assertFalse(role.getBoolean("rolcreatedb"), "createdb");

            ResultSet owned = statement.executeQuery("""
                    select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user""");
            owned.next();
            assertEquals(0, owned.getInt(1), "relations owned by the portal role");
        }
    }

    @Test
    void portalRoleCannotChangeTheSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.execute("create table intruder (id int)"));
            assertEquals("42501", refused.getSQLState(), refused::getMessage);
        }
    }

    /**
     * The database compiles no query to machine code (V25): PostgreSQL's JIT spent 20 to 30 ms compiling the reporting
     * functions' statements at every call, more than they took to run. A setting of the database, so read from it
     * (a connection of the pool may be older than the migration).
     */
    @Test
    void theDatabaseRunsWithoutJit() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet settings = statement.executeQuery("""
                    select coalesce(array_to_string(s.setconfig, ','), '') from pg_database d
                    left join pg_db_role_setting s on s.setdatabase = d.oid and s.setrole = 0
                    where d.datname = current_database()""");
            assertTrue(settings.next());
            assertTrue(List.of(settings.getString(1).split(",")).contains("jit=off"), settings.getString(1));
        }
    }

    @Test
    void migrationsRanAsTheOwner() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet owner = statement.executeQuery(
                    "select pg_get_userbyid(relowner) from pg_class where relname = 'task_force'");
            assertTrue(owner.next());
            assertFalse(owner.getString(1).equals(connection.getMetaData().getUserName()));
        }
    }

    @Test
    void everySequenceIsThePortalRolesToUseAndSoWillEveryNewOneBe() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet unusable = statement.executeQuery("""
                    select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public'
                      and case when c.relkind = 'S' then not has_sequence_privilege(c.oid, 'USAGE') end""");
            unusable.next();
            assertEquals(0, unusable.getInt(1), "sequences the portal role cannot use");

            ResultSet byDefault = statement.executeQuery("""
                    select count(*) from pg_default_acl d, aclexplode(d.defaclacl) granted
                    where d.defaclobjtype = 'S' and d.defaclnamespace = 'public'::regnamespace
                      and d.defaclrole = '%s'::regrole
                      and granted.grantee = (select oid from pg_roles where rolname = current_user)
                      and granted.privilege_type = 'USAGE'""".formatted(roles.owner()));
            byDefault.next();
            assertEquals(1, byDefault.getInt(1), "default privileges on the owner's new sequences");
        }
    }

    @Test
    void everyFunctionThatRunsWithItsOwnersRightsWasMadeByPortalReportingFunction() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet unsafe = statement.executeQuery("""
                    select p.oid::regprocedure::text from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.prosecdef
                      and (pg_get_userbyid(p.proowner) <> '%s'
                           or p.proconfig is distinct from array['search_path=public, pg_temp']
                           or p.proacl is null -- the default: anyone may call it
                           or exists (select from aclexplode(p.proacl) a where a.grantee = 0))
                    order by 1""".formatted(roles.reporting()));
            List<String> functions = new ArrayList<>();
            while (unsafe.next()) {
                functions.add(unsafe.getString(1));
            }
            assertEquals(List.of(), functions, "SECURITY DEFINER functions not owned by the reporting role, without "
                    + "search_path = public, pg_temp, or callable by anyone: select portal_reporting_function(...)");
        }
    }

    /** A function made in one line, as the owner would in a migration, in a transaction rolled back. */
    @Test
    void aReportingFunctionMadeInOneLineRunsAsTheReportingRoleForThePortalOnly() throws SQLException {
        try (Connection connection = roles.superuser(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            roles.becomeOwner(connection);
            sql.execute("create function probe_task_force_count() returns bigint language sql stable as"
                    + " 'select count(*) from task_force'");
            sql.execute("create function probe_for_administrators() returns bigint language sql as 'select 1::bigint'");
            sql.execute("select portal_reporting_function('probe_task_force_count()')");
            sql.execute("select portal_reporting_function('probe_for_administrators()', false)");

            ResultSet made = sql.executeQuery("""
                    select pg_get_userbyid(proowner), prosecdef, proconfig::text from pg_proc
                    where oid = 'probe_task_force_count()'::regprocedure""");
            assertTrue(made.next());
            assertEquals(roles.reporting(), made.getString(1));
            assertTrue(made.getBoolean(2), "security definer");
            assertEquals("{\"search_path=public, pg_temp\"}", made.getString(3));

            roles.becomePortal(connection);
            ResultSet counted = sql.executeQuery("select probe_task_force_count()");
            assertTrue(counted.next());
            assertTrue(counted.getLong(1) > 0, "the function reads what the portal's role cannot");
            SQLException refused = assertThrows(SQLException.class,
                    () -> sql.executeQuery("select probe_for_administrators()"));
            assertEquals("42501", refused.getSQLState(), refused::getMessage);
            connection.rollback();
        }
    }

    @Test
    void aTemporaryTableOfThePortalCannotStandInForOneOfOurs() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("""
                    create temporary table task_force (id bigint, slug varchar, name varchar, department varchar,
                                                       city varchar, archived_at timestamptz) on commit drop""");
            statement.execute("insert into task_force values (-1, 'stand-in', 'Stand-in', 'x', 'x', null)");
            ResultSet summaries = statement.executeQuery(
                    "select count(*) from task_force_summaries() where slug = 'stand-in'");
            summaries.next();
            assertEquals(0, summaries.getInt(1), "task_force_summaries() read the caller's temporary table");
            connection.rollback();
        }
    }
}

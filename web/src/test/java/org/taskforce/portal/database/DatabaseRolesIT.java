package org.taskforce.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal connects as a role that owns nothing and cannot bypass row-level security; the schema was migrated by
 * the owner role.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseRolesIT {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

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
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> statement.execute("create table intruder (id int)"));
            assertEquals("42501", refused.getSQLState(), refused::getMessage);
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
}

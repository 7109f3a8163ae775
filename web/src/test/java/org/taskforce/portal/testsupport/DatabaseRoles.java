package org.taskforce.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The test database's roles, named as the portal's configuration names them: the owner that runs the migrations, the
 * portal's own role and the reporting role; and a connection as the superuser ({@code portal.db.admin-user}, default
 * {@code postgres}, no password on the test machines), for what none of them may do: tampering with the audit trail
 * as an intruder would, or taking the owner's and then the portal's role in one transaction that is rolled back.
 */
@ApplicationScoped
public class DatabaseRoles {

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "portal.db.owner-user")
    String owner;

    @Inject
    @ConfigProperty(name = "portal.db.app-user")
    String portal;

    @Inject
    @ConfigProperty(name = "portal.db.reporting-role", defaultValue = "portal_reporting")
    String reporting;

    public String owner() {
        return owner;
    }

    public String portal() {
        return portal;
    }

    public String reporting() {
        return reporting;
    }

    public Connection superuser() throws SQLException {
        PGSimpleDataSource superuser = new PGSimpleDataSource();
        superuser.setUrl(databaseUrl);
        superuser.setUser(System.getProperty("portal.db.admin-user", "postgres"));
        return superuser.getConnection();
    }

    /** For the rest of the superuser connection's transaction, works as the owner, as the migrations do. */
    public void becomeOwner(Connection superuser) throws SQLException {
        become(superuser, owner);
    }

    /** For the rest of the superuser connection's transaction, works as the portal does. */
    public void becomePortal(Connection superuser) throws SQLException {
        become(superuser, portal);
    }

    private static void become(Connection superuser, String role) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("set local role \"" + role + "\"");
        }
    }
}

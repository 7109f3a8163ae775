package org.taskforce.portal.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings the schema up to date before the portal serves its first request.
 *
 * <p>Migrations run as the <em>owner</em> role ({@code portal.db.owner-user}), which owns every table; the portal
 * itself connects through {@value #DATA_SOURCE} as the <em>application</em> role, which owns nothing and so cannot
 * escape row-level security. The owner credentials are used here only and never reach the connection pool.
 *
 * <p>With {@code portal.demo-data=true} the repeatable migrations under {@code db/demo} add the demo task forces; they
 * never run in production.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.app-user}",
        password = "${MPCONFIG=portal.db.app-password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            // Validate each connection before use, and drop the whole pool when one is found broken: after a
            // database restart the portal recovers by itself instead of serving dead connections.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-leak-timeout-in-seconds=60",
            "connectTimeout=5",
            "socketTimeout=60",
            "ApplicationName=task-force-portal"
        })
public class SchemaMigration {

    /** JNDI name of the application's data source; the persistence unit uses it. */
    public static final String DATA_SOURCE = "java:app/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "portal.db.owner-user")
    String ownerUser;

    @Inject
    @ConfigProperty(name = "portal.db.owner-password")
    String ownerPassword;

    @Inject
    @ConfigProperty(name = "portal.db.app-user")
    String appUser;

    @Inject
    @ConfigProperty(name = "portal.db.reporting-role", defaultValue = "portal_reporting")
    String reportingRole;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(url);
        owner.setUser(ownerUser);
        owner.setPassword(ownerPassword);

        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(owner)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("appRole", appUser, "reportingRole", reportingRole))
                // A repeatable migration once applied and now renamed or gone (demo files are named for their
                // order) is history, not a defect; a missing versioned one still stops the start.
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now" + (demoData ? ", demo data on" : "") + ")");
    }
}

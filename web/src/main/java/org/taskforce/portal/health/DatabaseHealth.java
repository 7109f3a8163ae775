package org.taskforce.portal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.taskforce.portal.database.SchemaMigration;

/** Ready when a pooled connection answers a trivial query within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("select 1");
            return HealthCheckResponse.up("database");
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}

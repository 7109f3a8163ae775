package org.taskforce.portal.load.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The load benchmark's data generator (issue 15). Two steps, both deterministic from the seed, the scale and the
 * anchor day:
 *
 * <pre>
 * Generator database --db jdbc:postgresql://127.0.0.1:5432/portal_load --scale 1 --seed 15 --accounts FILE
 *     applies the portal's Flyway migrations as the owner role, exactly as the portal does at start-up, then loads
 *     the records with COPY as the superuser (see DatabaseLoad), and writes the accounts that sign in to FILE (CSV)
 * Generator keycloak --keycloak http://localhost:8180 --scale 1 --seed 15
 *     creates the task force groups and every person's account in the realm (see KeycloakAccounts)
 * </pre>
 *
 * Options: {@code --anchor YYYY-MM-DD} (default today: the history ends there), {@code --admin-user} (PostgreSQL
 * superuser, default postgres), {@code --owner}/{@code --owner-password}/{@code --app-role}/{@code --reporting-role}
 * (as bin/stack.sh creates them), {@code --kc-admin}/{@code --kc-password} (Keycloak's bootstrap admin).
 */
public final class Generator {

    /** Held, so that its level stays set (JUL keeps loggers weakly): Flyway's INFO lines print every result set. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Generator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Generator database|keycloak [--option value]...");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Scale scale = new Scale(Double.parseDouble(options.getOrDefault("scale", "1")),
                Long.parseLong(options.getOrDefault("seed", "15")),
                LocalDate.parse(options.getOrDefault("anchor", LocalDate.now().toString())));
        long started = System.nanoTime();
        switch (args[0]) {
            case "database" -> database(scale, options);
            case "keycloak" -> {
                int accounts = new KeycloakAccounts(options.getOrDefault("keycloak", "http://localhost:8180"))
                        .create(new Population(scale), options.getOrDefault("kc-admin", "admin"),
                                options.getOrDefault("kc-password", "admin"));
                System.out.printf(Locale.ROOT, "Keycloak: %d accounts (%d task forces) in %s%n", accounts,
                        scale.taskForces(), seconds(started));
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void database(Scale scale, Map<String, String> options) throws Exception {
        String url = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/portal_load");
        long started = System.nanoTime();
        FLYWAY_LOG.setLevel(Level.WARNING);
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(url);
        owner.setUser(options.getOrDefault("owner", "portal_owner"));
        owner.setPassword(options.getOrDefault("owner-password", "portal_owner"));
        // The portal's own configuration of Flyway (database.SchemaMigration), from the portal's own jar.
        Flyway flyway = Flyway.configure(Generator.class.getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", options.getOrDefault("app-role", "portal_app"),
                        "reportingRole", options.getOrDefault("reporting-role", "portal_reporting")))
                .load();
        flyway.migrate();
        System.out.printf(Locale.ROOT, "Schema at version %s (%s)%n", flyway.info().current().getVersion(),
                seconds(started));

        long loading = System.nanoTime();
        Map<String, Long> counts = new DatabaseLoad(scale).load(url, options.getOrDefault("admin-user", "postgres"),
                Path.of(options.getOrDefault("accounts", "accounts.csv")));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.forEach((table, rows) -> System.out.printf(Locale.ROOT, "  %-28s %,12d%n", table, rows));
        System.out.printf(Locale.ROOT, "Scale %s (seed %d, anchor %s): %d task forces, %,d rows loaded in %s "
                + "(%s in all)%n", scale.factor(), scale.seed(), scale.anchor(), scale.taskForces(), total,
                seconds(loading), seconds(started));
    }

    private static String seconds(long since) {
        Duration took = Duration.ofNanos(System.nanoTime() - since);
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}

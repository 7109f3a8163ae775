package org.taskforce.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
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

/**
 * Small counts are suppressed by one rule, written once (V26): {@code portal_shown_count} shows a count when it is 0
 * or at least the threshold, {@code portal_large_group} says whether a group is large enough for figures about it.
 * No function of the schema writes the threshold out again, so changing it in one place changes every report.
 * (Each report's own suppression is tested with its feature: NationalCoursesIT, CascadeIT, LiaisonViewIT, MinutesIT.)
 */
@ExtendWith(ArquillianExtension.class)
class SmallCountRuleIT {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void aCountOf1To4IsNotShownAndAGroupOfFewerThan5IsTooSmall() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            ResultSet answers = sql.executeQuery("""
                    select n, portal_shown_count(n), portal_large_group(n),
                           portal_shown_count(n::numeric) = n::numeric
                    from generate_series(0, 6) n order by n""");
            List<String> rows = new ArrayList<>();
            while (answers.next()) {
                rows.add(answers.getInt(1) + ": " + answers.getObject(2) + ", " + answers.getBoolean(3) + ", "
                        + answers.getObject(4));
            }
            assertEquals(List.of("0: 0, false, true", "1: null, false, null", "2: null, false, null",
                    "3: null, false, null", "4: null, false, null", "5: 5, true, true", "6: 6, true, true"), rows);
        }
    }

    @Test
    void noFunctionComparesACountWithTheThresholdItself() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            ResultSet found = sql.executeQuery("""
                    select p.oid::regprocedure::text from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.prosrc ~ '(>=|<=|<|>)\\s*[45]\\M'
                    order by 1""");
            List<String> functions = new ArrayList<>();
            while (found.next()) {
                functions.add(found.getString(1));
            }
            assertEquals(List.of(), functions, "functions comparing with 4 or 5 themselves: use portal_shown_count "
                    + "and portal_large_group (V26)");
        }
    }
}

package org.taskforce.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RecordQueryTest {

    record Summary(String slug, long members, Long brokenAt, int checked, boolean active) {
    }

    record Single(long taskForceId) {
    }

    @Test
    void theSelectListIsTheComponentsInSnakeCaseInOrder() {
        assertEquals("slug, members, broken_at, checked, active", RecordQuery.selectList(Summary.class));
        assertEquals("task_force_id", RecordQuery.selectList(Single.class));
    }

    @Test
    void aRowBecomesARecordWithItsNumbersConverted() {
        assertEquals(new Summary("central", 12, null, 3, true),
                RecordQuery.record(Summary.class, new Object[] {"central", BigInteger.valueOf(12), null, 3L, true}));
        assertEquals(new Single(7), RecordQuery.record(Single.class, 7));
    }

    @Test
    void aRowOfAnotherShapeIsRefusedWithWhatIsWrong() {
        IllegalStateException columns = assertThrows(IllegalStateException.class,
                () -> RecordQuery.record(Summary.class, new Object[] {"central", 12L}));
        assertEquals("Summary has 5 components; the row has 2 columns", columns.getMessage());

        IllegalStateException nullNumber = assertThrows(IllegalStateException.class,
                () -> RecordQuery.record(Summary.class, new Object[] {"central", null, null, 3, true}));
        assertEquals("long members cannot be null", nullNumber.getMessage());

        IllegalStateException text = assertThrows(IllegalStateException.class,
                () -> RecordQuery.record(Summary.class, new Object[] {12L, 12L, null, 3, true}));
        assertEquals("java.lang.String slug cannot take a java.lang.Long", text.getMessage());
    }
}

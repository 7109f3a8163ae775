package org.taskforce.portal.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.minutes.control.LineDiff.Change;
import org.taskforce.portal.minutes.control.LineDiff.Line;

/** A correction reads as the lines kept, removed and added, in the order of the minutes. */
class LineDiffTest {

    @Test
    void aChangedLineIsRemovedAndAddedAndTheRestIsKept() {
        assertEquals(List.of(new Line(Change.SAME, "# Mesa"), new Line(Change.REMOVED, "DECISION: uno"),
                        new Line(Change.ADDED, "DECISION: dos"), new Line(Change.SAME, "ACTION: tres"),
                        new Line(Change.ADDED, "INFORMATION: cuatro")),
                LineDiff.between("# Mesa\nDECISION: uno\nACTION: tres\n",
                        "# Mesa\nDECISION: dos\nACTION: tres\nINFORMATION: cuatro\n"));
    }

    @Test
    void nothingBeforeIsAllAdded() {
        assertEquals(List.of(new Line(Change.ADDED, "a")), LineDiff.between(null, "a"));
        assertEquals(List.of(new Line(Change.REMOVED, "a")), LineDiff.between("a", ""));
    }
}

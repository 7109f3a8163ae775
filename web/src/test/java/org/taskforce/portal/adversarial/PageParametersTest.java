package org.taskforce.portal.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.security.PortalPage;

/** {@link PageParameters} finds what the pages read, so the URL attacks of {@link CrossTaskForceAttackIT} are aimed. */
class PageParametersTest {

    @Test
    void aTrainingsPageReadsItsIdAndTheHomePageReadsNothing() {
        assertEquals(List.of("id"), PageParameters.of("training/training.xhtml"));
        assertEquals(List.of("id"), PageParameters.of("minutes/meeting.xhtml"));
        assertEquals(List.of(), PageParameters.of("taskforce/home.xhtml"));
    }

    @Test
    void everyPortalPageHasASourceToReadItsParametersFrom() {
        Arrays.stream(PortalPage.values()).forEach(page -> PageParameters.of(page.path().substring(1)));
    }
}

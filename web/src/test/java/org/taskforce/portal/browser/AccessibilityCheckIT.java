package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The accessibility check every browser test relies on ({@link Browser#assertAccessible()}) can fail: on the public
 * signed-out page it passes, and once an image without a text alternative (a critical violation) is put into that
 * page it fails and names the rule. Every screen's "axe-checked" means something only while this holds, whatever
 * way the check is run (it runs axe in the page, violations only, since stop 24).
 */
@BrowserTest
class AccessibilityCheckIT {

    @Test
    void theCheckFailsOnAnImageWithoutATextAlternative(Browser browser) {
        browser.open("/signed-out.xhtml");
        browser.waitForDocument();
        browser.assertAccessible();

        browser.script("""
                const image = document.createElement('img');
                image.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
                image.width = 24;
                image.height = 24;
                document.querySelector('main, body').appendChild(image);
                """);
        AssertionError failure = assertThrows(AssertionError.class, browser::assertAccessible);
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }
}

package org.taskforce.portal.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of browser tests: its test methods take a {@link Browser} parameter, start signed out, and run
 * against the stack that the web module's {@code pre-integration-test} phase starts. Tagged {@code browser}, so
 * {@code -Dgroups=browser} (or {@code -DexcludedGroups=browser}) selects them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}

package org.taskforce.portal.calendar;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's only REST surface: feeds for programs that cannot sign in, under {@code /feeds}, each guarded by a
 * secret in its URL. web.xml leaves {@code /feeds/*} open to requests without a session.
 */
@ApplicationPath("feeds")
public class FeedsApplication extends Application {
}

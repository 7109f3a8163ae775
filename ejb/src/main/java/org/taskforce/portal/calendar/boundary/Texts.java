package org.taskforce.portal.calendar.boundary;

import java.util.Locale;

/**
 * The portal's words by message bundle key, in a given language. The words live in the web module's bundles, which
 * this module cannot read (in the EAR the web module is not on its class path): work done for someone who is not in a
 * request of their own, such as a feed read by a calendar app, names the keys ({@code Category.bundleKey()}) and the
 * caller in the web module passes how to say them.
 */
@FunctionalInterface
public interface Texts {

    /**
     * The text of the key in the language.
     *
     * @param language one of the portal's languages ({@code es}, {@code en})
     */
    String of(String key, Locale language);
}

package org.taskforce.portal.browser;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's own texts, read from its message bundle, so that tests compare pages with what the bundle says
 * instead of copying Spanish and English sentences that translators may change.
 */
final class PortalText {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final Locale ENGLISH = Locale.forLanguageTag("en");

    private static final String BUNDLE = "org.taskforce.portal.i18n.messages";

    private PortalText() {
    }

    static String of(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}

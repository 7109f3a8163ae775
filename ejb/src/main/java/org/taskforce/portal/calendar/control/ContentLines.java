package org.taskforce.portal.calendar.control;

/**
 * Folds iCalendar content lines as RFC 5545 §3.1 asks: no line longer than 75 octets of UTF-8, a longer one split by
 * CRLF and one space, never inside a character. Unfolding (removing every CRLF followed by one space) gives back the
 * text exactly.
 *
 * <p>Not ical4j's {@code FoldingWriter}: in ical4j 4.4.0 it counts UTF-16 characters, not octets, so a line of
 * Spanish with accents ({@code ó} is two octets, {@code —} three) runs past 75 octets and strict clients refuse it.
 */
final class ContentLines {

    /** The longest line, in octets, without its CRLF. */
    static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** The text with each of its CRLF-separated lines folded; the line breaks it has stay as they are. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length() + text.length() / 32);
        int octets = 0;
        for (int i = 0; i < text.length(); ) {
            if (text.startsWith(CRLF, i)) {
                folded.append(CRLF);
                octets = 0;
                i += CRLF.length();
                continue;
            }
            int character = text.codePointAt(i);
            int size = utf8Octets(character);
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(character);
            octets += size;
            i += Character.charCount(character);
        }
        return folded.toString();
    }

    private static int utf8Octets(int character) {
        if (character < 0x80) {
            return 1;
        }
        if (character < 0x800) {
            return 2;
        }
        return character < 0x10000 ? 3 : 4;
    }
}

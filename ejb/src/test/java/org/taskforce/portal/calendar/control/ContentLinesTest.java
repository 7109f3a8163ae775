package org.taskforce.portal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding at 75 octets of UTF-8 (RFC 5545 §3.1). */
class ContentLinesTest {

    @Test
    void linesOfUpTo75OctetsStayAsTheyAre() {
        String text = "BEGIN:VEVENT\r\nSUMMARY:" + "x".repeat(67) + "\r\nEND:VEVENT\r\n";

        assertEquals(text, ContentLines.fold(text));
    }

    @Test
    void aLongerLineContinuesOnLinesThatStartWithOneSpace() {
        String folded = ContentLines.fold("SUMMARY:" + "x".repeat(68) + "\r\n");

        assertEquals("SUMMARY:" + "x".repeat(67) + "\r\n x\r\n", folded);
    }

    @Test
    void aCharacterThatWouldCrossTheLimitStartsTheNextLine() {
        String folded = ContentLines.fold("x".repeat(74) + "ó" + "\r\n");

        assertEquals("x".repeat(74) + "\r\n ó\r\n", folded, "ó is two octets: 74 + 2 is over 75");
    }

    @Test
    void accentsDashesAndEmojiAreNeverSplitAndUnfoldToTheOriginal() throws CharacterCodingException {
        String line = "DESCRIPTION:" + "Reunión de coordinación — Asunción, Itapúa y Ñeembucú 🙏 ".repeat(12);

        String folded = ContentLines.fold(line + "\r\n");

        List<String> physical = List.of(folded.split("\r\n"));
        assertTrue(physical.size() > 10);
        for (String part : physical) {
            byte[] octets = part.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, part);
            // a strict decoder refuses a line that ends or starts inside a character
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(octets));
        }
        physical.subList(1, physical.size()).forEach(part -> assertTrue(part.startsWith(" "), part));
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
    }
}

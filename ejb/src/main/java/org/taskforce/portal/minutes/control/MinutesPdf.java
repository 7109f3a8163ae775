package org.taskforce.portal.minutes.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.taskforce.portal.minutes.boundary.ActionRow;
import org.taskforce.portal.minutes.boundary.AttendeeRow;
import org.taskforce.portal.minutes.boundary.ItemView;
import org.taskforce.portal.minutes.boundary.MeetingDetails;
import org.taskforce.portal.minutes.boundary.OpenAction;
import org.taskforce.portal.minutes.boundary.OutcomeView;

/**
 * A meeting's minutes as a PDF (OpenPDF) in the reader's language: the meeting, its state and revision, the attendees
 * by agency and the guests, the agenda with each item's notes (their words, without markup) and outcomes (actions with
 * their owners and due dates), and what the meeting said of the open actions of earlier ones. Text is only ever text
 * here: nothing of the notes' HTML reaches the PDF as markup.
 */
public final class MinutesPdf {

    private MinutesPdf() {
    }

    /**
     * @param agencies the task force's agency names by code
     * @param bundle the portal's messages in the reader's language ({@code minutes.*})
     */
    public static byte[] render(MeetingDetails meeting, Map<String, String> agencies, ResourceBundle bundle,
            Locale locale, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(meeting.title());
            document.open();
            Font title = font(16, Font.BOLD);
            Font heading = font(12, Font.BOLD);
            Font body = font(10, Font.NORMAL);
            Font bold = font(10, Font.BOLD);
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale);
            document.add(new Paragraph(meeting.title(), title));
            document.add(new Paragraph(when.format(meeting.startsAt().atZoneSameInstant(zone))
                    + (meeting.location() == null ? "" : " · " + meeting.location()), body));
            document.add(new Paragraph(text(bundle, "minutes.field.state") + ": "
                    + text(bundle, meeting.state().bundleKey()) + " · " + text(bundle, "minutes.revision") + " "
                    + meeting.revision() + " · " + text(bundle, "minutes.field.minuteTaker") + ": "
                    + meeting.minuteTaker(), body));
            if (meeting.restricted()) {
                document.add(new Paragraph(text(bundle, "minutes.field.visibility") + ": " + meeting.agencyCodes()
                        .stream().map(code -> agencies.getOrDefault(code, code)).collect(Collectors.joining(", ")),
                        bold));
            }

            section(document, text(bundle, "minutes.attendance"), heading);
            Map<String, List<AttendeeRow>> byAgency = new LinkedHashMap<>();
            meeting.attendees().forEach(a -> byAgency.computeIfAbsent(
                    agencies.getOrDefault(a.agencyCode(), a.agencyCode() == null ? "—" : a.agencyCode()),
                    key -> new ArrayList<>()).add(a));
            byAgency.forEach((agency, people) -> line(document, agency + ": " + people.stream()
                    .map(a -> a.name() + " (" + text(bundle, a.presence().bundleKey()) + ")")
                    .collect(Collectors.joining(", ")), body));
            if (!meeting.guests().isEmpty()) {
                line(document, text(bundle, "minutes.guests") + ": " + meeting.guests().stream()
                        .map(g -> g.name() + (g.agencyName() == null ? "" : " (" + g.agencyName() + ")"))
                        .collect(Collectors.joining(", ")), body);
            }

            section(document, text(bundle, "minutes.agenda"), heading);
            for (ItemView item : meeting.items()) {
                Paragraph itemTitle = new Paragraph(item.position() + ". " + item.title()
                        + (item.presenter() == null ? "" : " — " + item.presenter())
                        + (item.plannedMinutes() == null ? "" : " (" + item.plannedMinutes() + " min)"), bold);
                itemTitle.setSpacingBefore(6);
                document.add(itemTitle);
                String notes = RichText.plain(item.notes());
                if (!notes.isEmpty()) {
                    notes.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> line(document, l, body));
                }
                for (OutcomeView outcome : item.outcomes()) {
                    line(document, "• " + text(bundle, outcome.kind().bundleKey()) + ": " + outcome.text()
                            + action(outcome.action(), bundle), body);
                }
            }

            if (!meeting.openActions().isEmpty()) {
                section(document, text(bundle, "minutes.openActions"), heading);
                for (OpenAction open : meeting.openActions()) {
                    line(document, "• " + open.action().what() + action(open.action(), bundle) + " — "
                            + (open.reviewed() ? text(bundle, open.here().state().bundleKey())
                                    + (open.here().note() == null ? "" : ": " + open.here().note())
                            : text(bundle, open.action().state().bundleKey())), body);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the minutes could not be written as PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static String action(ActionRow action, ResourceBundle bundle) {
        if (action == null) {
            return "";
        }
        return " (" + text(bundle, "minutes.action.owner") + ": " + action.owner() + "; "
                + text(bundle, "minutes.action.dueOn") + ": " + action.dueOn() + "; "
                + text(bundle, action.state().bundleKey()) + ")";
    }

    private static void section(Document document, String title, Font font) {
        Paragraph paragraph = new Paragraph(title, font);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static void line(Document document, String text, Font font) {
        document.add(new Paragraph(text, font));
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, size, style, Color.BLACK);
    }

    private static String text(ResourceBundle bundle, String key) {
        return bundle.getString(key);
    }
}

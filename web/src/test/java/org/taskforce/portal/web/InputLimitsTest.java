package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import jakarta.persistence.Column;
import jakarta.validation.constraints.Size;
import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.calendar.EventForm;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.liaison.LiaisonHome;
import org.taskforce.portal.minutes.CommentForm;
import org.taskforce.portal.minutes.GuestForm;
import org.taskforce.portal.minutes.ItemForm;
import org.taskforce.portal.minutes.MeetingForm;
import org.taskforce.portal.minutes.OutcomeForm;
import org.taskforce.portal.minutes.ReviewForm;
import org.taskforce.portal.minutes.SearchPage;
import org.taskforce.portal.minutes.entity.ActionReview;
import org.taskforce.portal.minutes.entity.AgendaItem;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.minutes.entity.MeetingGuest;
import org.taskforce.portal.minutes.entity.MinutesComment;
import org.taskforce.portal.minutes.entity.Outcome;
import org.taskforce.portal.overview.SponsorForm;
import org.taskforce.portal.overview.TaskForceForm;
import org.taskforce.portal.overview.TopicForm;
import org.taskforce.portal.taskforce.AgencyForm;
import org.taskforce.portal.taskforce.PersonForm;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.training.AttendancePage;
import org.taskforce.portal.training.ParticipantForm;
import org.taskforce.portal.training.TrainingForm;
import org.taskforce.portal.training.entity.Certificate;
import org.taskforce.portal.training.entity.NominationDecision;
import org.taskforce.portal.training.entity.Participant;
import org.taskforce.portal.training.entity.Sponsor;
import org.taskforce.portal.training.entity.Training;
import org.taskforce.portal.training.entity.TrainingTopic;

/**
 * Limits are not copied: a text input's maximum length is the entity's one length constant, which the form property
 * it is bound to carries as {@code @Size(max)} and PrimeFaces renders as {@code maxlength} ({@code
 * primefaces.TRANSFORM_METADATA} in web.xml). This fails for a page that types a maximum of its own, for an input
 * whose property has no {@code @Size} (the browser would get no maximum), and for a {@code @Size} that differs from the
 * length of the column the form fills. {@code InputLimitsIT} checks that the pages really render them.
 */
class InputLimitsTest {

    /**
     * The entity whose columns each form fills: a form's text property must have the length of the entity's column of
     * the same name (a property without such a column, a person's first name kept by Keycloak, only needs a limit).
     */
    private static final Map<Class<?>, Class<?>> ENTITY_OF_FORM = Map.ofEntries(
            Map.entry(AgencyForm.class, Agency.class),
            Map.entry(TaskForceForm.class, TaskForce.class),
            Map.entry(EventForm.class, CalendarEvent.class),
            Map.entry(PersonForm.class, MemberProfile.class),
            Map.entry(TrainingForm.class, Training.class),
            Map.entry(SponsorForm.class, Sponsor.class),
            Map.entry(TopicForm.class, TrainingTopic.class),
            Map.entry(ParticipantForm.class, Participant.class),
            Map.entry(LiaisonHome.class, NominationDecision.class),
            Map.entry(AttendancePage.class, Certificate.class),
            Map.entry(MeetingForm.class, Meeting.class),
            Map.entry(ItemForm.class, AgendaItem.class),
            Map.entry(OutcomeForm.class, Outcome.class),
            Map.entry(ReviewForm.class, ActionReview.class),
            Map.entry(GuestForm.class, MeetingGuest.class),
            Map.entry(CommentForm.class, MinutesComment.class),
            Map.entry(SearchPage.class, Meeting.class));

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path CLASSES = Path.of("target/classes");

    private static final Pattern TEXT_INPUT =
            Pattern.compile("<[ph]:(inputText|inputTextarea|inputSecret|password)\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:]+)=\"([^\"]*)\"");
    private static final Pattern PROPERTY_PATH = Pattern.compile("#\\{(\\w+(\\.\\w+)+)}");

    @Test
    void noPageTypesAMaximumLength() throws IOException {
        List<String> typed = new ArrayList<>();
        for (Path page : pages()) {
            if (Pattern.compile("maxlength\\s*=", Pattern.CASE_INSENSITIVE).matcher(Files.readString(page)).find()) {
                typed.add(page.toString());
            }
        }
        assertEquals(List.of(), typed, "maxlength comes from the bound property's @Size, never from the page");
    }

    @Test
    void everyTextInputTakesTheLengthOfTheColumnItFills() throws IOException {
        Map<String, Class<?>> beans = namedBeans();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Matcher input = TEXT_INPUT.matcher(Files.readString(page));
            while (input.find()) {
                Map<String, String> attributes = attributes(input.group());
                String value = attributes.get("value");
                if (value == null || "true".equals(attributes.get("readonly"))
                        || attributes.getOrDefault("type", "text").matches("date.*|time|number")) {
                    continue; // a table's search box keeps nothing; nobody types into a read-only field; the
                              // browser's own date, time and number fields take a date, a time or a number (its
                              // bounds are the field's min and max), not text
                }
                String where = page + " " + attributes.get("id") + " " + value;
                Matcher path = PROPERTY_PATH.matcher(value);
                if (!path.matches()) {
                    problems.add(where + ": not a bean property, so no limit can be read from it");
                    continue;
                }
                checked++;
                check(beans, path.group(1).split("\\."), where).ifPresent(problems::add);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 15, "found only " + checked + " text inputs: is the pattern still right?");
    }

    /** What is wrong with the limit of the input bound to this property path, if anything. */
    private static Optional<String> check(Map<String, Class<?>> beans, String[] path, String where) {
        Class<?> owner = beans.get(path[0]);
        if (owner == null) {
            return Optional.of(where + ": no @Named bean " + path[0]);
        }
        for (int i = 1; i < path.length - 1; i++) {
            Optional<Class<?>> type = propertyType(owner, path[i]);
            if (type.isEmpty()) {
                return Optional.of(where + ": " + owner.getSimpleName() + " has no property " + path[i]);
            }
            owner = type.get();
        }
        String property = path[path.length - 1];
        Optional<Field> field = field(owner, property);
        Size size = field.map(f -> f.getAnnotation(Size.class)).orElse(null);
        if (size == null) {
            return Optional.of(where + ": " + owner.getSimpleName() + "." + property
                    + " has no @Size(max = <the entity's constant>), so the browser gets no maximum");
        }
        Class<?> entity = ENTITY_OF_FORM.get(field.get().getDeclaringClass());
        if (entity == null) {
            return Optional.of(where + ": say in ENTITY_OF_FORM which entity's columns "
                    + field.get().getDeclaringClass().getSimpleName() + " fills");
        }
        Optional<Integer> column = field(entity, property).map(f -> f.getAnnotation(Column.class)).map(Column::length);
        if (column.isPresent() && column.get() != size.max()) {
            return Optional.of(where + ": @Size(max = " + size.max() + ") but " + entity.getSimpleName() + "."
                    + property + " has @Column(length = " + column.get() + ")");
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> propertyType(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String getter : new String[] {"get" + capitalised, "is" + capitalised}) {
            try {
                return Optional.of(type.getMethod(getter).getReturnType());
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    private static Optional<Field> field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredField(name));
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return Optional.empty();
    }

    /** The web module's {@code @Named} beans by the name pages use, from its compiled classes. */
    private static Map<String, Class<?>> namedBeans() throws IOException {
        Map<String, Class<?>> beans = new HashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = load(name);
                Named named = type.getAnnotation(Named.class);
                if (named != null) {
                    beans.put(named.value().isEmpty() ? Introspector.decapitalize(type.getSimpleName())
                            : named.value(), type);
                }
            }
        }
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, InputLimitsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}

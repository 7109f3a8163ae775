package org.taskforce.portal.calendar.boundary;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules of an {@link EventDraft} that concern more than one of its fields: it ends after it starts (an all-day
 * event may end on its first day), its reminders are within four weeks, and a repetition says how often, every how
 * many, and until when or how many times (within {@link Recurrence#MAX_COUNT}, and not ending before it begins). Each
 * broken rule is named on the field of the event dialog a person corrects: {@code end}, {@code reminders},
 * {@code repeat}, {@code repeatInterval}, {@code repeatEnd}.
 */
@Constraint(validatedBy = ConsistentEvent.Check.class)
@Retention(RUNTIME)
@Target(TYPE)
public @interface ConsistentEvent {

    String message() default "{calendar.error.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The arguments of the messages: most times a series repeats ({0}), most days a reminder comes before ({1}). */
    int[] arguments() default {Recurrence.MAX_COUNT, EventDraft.MAX_REMINDER_MINUTES / 1440};

    /** The check. */
    class Check implements ConstraintValidator<ConsistentEvent, EventDraft> {

        @Override
        public boolean isValid(EventDraft draft, ConstraintValidatorContext context) {
            if (draft == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (draft.start() != null && draft.end() != null && (draft.allDay()
                    ? draft.end().toLocalDate().isBefore(draft.start().toLocalDate())
                    : !draft.end().isAfter(draft.start()))) {
                valid = refuse(context, "end", "calendar.error.endBeforeStart");
            }
            for (Integer minutes : draft.reminderMinutes()) {
                if (minutes == null || minutes < 0 || minutes > EventDraft.MAX_REMINDER_MINUTES) {
                    valid = refuse(context, "reminders", "calendar.error.reminder");
                    break;
                }
            }
            return repetition(draft, context) && valid;
        }

        private static boolean repetition(EventDraft draft, ConstraintValidatorContext context) {
            Recurrence recurrence = draft.recurrence();
            if (recurrence == null) {
                return true;
            }
            boolean valid = true;
            if (recurrence.frequency() == null) {
                valid = refuse(context, "repeat", "validation.NotNull");
            }
            if (recurrence.interval() < 1 || recurrence.interval() > 99) {
                valid = refuse(context, "repeatInterval", "calendar.error.repeat.interval");
            }
            if ((recurrence.until() == null) == (recurrence.count() == null)) {
                valid = refuse(context, "repeatEnd", "calendar.error.repeat.unbounded");
            } else if (recurrence.count() != null
                    && (recurrence.count() < 1 || recurrence.count() > Recurrence.MAX_COUNT)) {
                valid = refuse(context, "repeatEnd", "calendar.error.repeat.count");
            } else if (recurrence.until() != null && draft.start() != null
                    && recurrence.until().isBefore(draft.start().toLocalDate())) {
                valid = refuse(context, "repeatEnd", "calendar.error.repeat.untilBeforeStart");
            }
            return valid;
        }

        private static boolean refuse(ConstraintValidatorContext context, String field, String key) {
            context.buildConstraintViolationWithTemplate("{" + key + "}").addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}

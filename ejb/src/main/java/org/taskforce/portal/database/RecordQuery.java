package org.taskforce.portal.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/**
 * A native query whose rows become records, by their canonical constructor: the select list is the record's
 * components, in order, each under its own name in snake_case ({@code brokenAt} reads the column {@code broken_at}).
 * A column is therefore read into the component of its name, never by a position that a changed function would shift,
 * and a record that names a column the function does not return fails at once in PostgreSQL. Values are converted to
 * the component's type: numbers to {@code long}, {@code int} and their boxes, a {@code timestamptz} to an
 * {@code OffsetDateTime} in UTC; anything else must already be of it
 * ({@code boolean} takes a {@code Boolean}).
 *
 * <pre>{@code
 * List<TaskForceSummary> summaries = RecordQuery.of(em, TaskForceSummary.class, "task_force_summaries()").list();
 * }</pre>
 *
 * <p>For the narrow functions that read across task forces (and any other native query): EclipseLink's permission for
 * native SQL ({@link QueryHints#ALLOW_NATIVE_SQL_QUERY}) is given here; row-level security still applies.
 *
 * @param <R> the record of one row
 */
public final class RecordQuery<R extends Record> {

    private final Class<R> type;

    private final Query query;

    private RecordQuery(Class<R> type, Query query) {
        this.type = type;
        this.query = query;
    }

    /**
     * The rows of {@code from} as records of the given type.
     *
     * @param from what follows {@code from} in the query, with positional parameters {@code ?1, ?2, …}: a set-returning
     *     function ({@code "calendar_subscription_by_token(?1)"}), or a table and a {@code where} clause
     */
    public static <R extends Record> RecordQuery<R> of(EntityManager em, Class<R> type, String from) {
        Query query = em.createNativeQuery("select " + selectList(type) + " from " + from)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        return new RecordQuery<>(type, query);
    }

    /** Sets the positional parameter {@code ?position}. */
    public RecordQuery<R> parameter(int position, Object value) {
        query.setParameter(position, value);
        return this;
    }

    public List<R> list() {
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> record(type, row)).toList();
    }

    /** The first row, if there is one: for queries that return at most one. */
    public Optional<R> first() {
        return list().stream().findFirst();
    }

    /** The record's components as columns, in order: {@code subscriptionId} is {@code subscription_id}. */
    static String selectList(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(component -> component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /** One row (the values of a native query row, or the value itself when there is one column) as a record. */
    static <R extends Record> R record(Class<R> type, Object row) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = row instanceof Object[] columns ? columns : new Object[] {row};
        if (values.length != components.length) {
            throw new IllegalStateException(type.getSimpleName() + " has " + components.length
                    + " components; the row has " + values.length + " columns");
        }
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = convert(values[i], components[i]);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true); // a record private to the service that reads it is fine
            return constructor.newInstance(arguments);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + type.getName() + " refused a row",
                    e.getCause());
        }
    }

    private static Object convert(Object value, RecordComponent component) {
        Class<?> target = component.getType();
        if (value == null && target.isPrimitive()) {
            throw new IllegalStateException(component + " cannot be null");
        }
        if (value instanceof Number number && (target == long.class || target == Long.class)) {
            return number.longValue();
        }
        if (value instanceof Number number && (target == int.class || target == Integer.class)) {
            return number.intValue();
        }
        if (value instanceof java.sql.Timestamp timestamp && target == java.time.OffsetDateTime.class) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC); // timestamptz, as the driver reads it
        }
        if (value != null && !(target == boolean.class ? value instanceof Boolean : target.isInstance(value))) {
            throw new IllegalStateException(component + " cannot take a " + value.getClass().getName());
        }
        return value;
    }
}

package org.taskforce.portal.load.generator;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table waiting to be sent with {@code COPY … FROM STDIN} (text format), and how many were sent.
 * Values are written in COPY's text format: {@code \N} for null, backslash, tab and line breaks escaped.
 */
final class CopyTable {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");
    private static final int FLUSH_CHARS = 8 << 20;

    private final String table;
    private final String copy;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private long count;
    private long sent;

    CopyTable(String table, String columns) {
        this.table = table;
        this.copy = "copy " + table + " (" + columns + ") from stdin";
    }

    String table() {
        return table;
    }

    /** Adds a row; values are Strings, numbers, booleans, timestamps, byte arrays or null. */
    void row(CopyManager copier, Object... values) throws SQLException, IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        count++;
        if (rows.length() > FLUSH_CHARS) {
            flush(copier);
        }
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof OffsetDateTime time) {
            rows.append(TIMESTAMP.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
        } else if (value instanceof byte[] bytes) {
            rows.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\t' -> rows.append("\\t");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    default -> rows.append(c);
                }
            }
        }
    }

    /** Sends what is waiting. */
    void flush(CopyManager copier) throws SQLException, IOException {
        if (rows.length() == 0) {
            return;
        }
        sent += copier.copyIn(copy, new StringReader(rows.toString()));
        rows.setLength(0);
    }

    long count() {
        return count;
    }

    long sent() {
        return sent;
    }
}

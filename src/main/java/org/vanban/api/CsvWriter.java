package org.vanban.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Any list response as CSV a spreadsheet opens correctly: UTF-8 with a byte order mark, a header row, one row
 * per item. Nested records become dotted columns ("document.title"); lists are joined with "; " (for agencies,
 * their names). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<PageDto<?>> {

    public static final String TEXT_CSV = "text/csv";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PageDto.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(PageDto<?> page, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException, WebApplicationException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Object item : page.items()) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", item, row);
            rows.add(row);
        }
        List<String> columns = new ArrayList<>();
        rows.forEach(r -> r.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add));
        writeRow(writer, columns);
        for (Map<String, String> row : rows) {
            writeRow(writer, columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        writer.flush();
    }

    static void flatten(String prefix, Object value, Map<String, String> row) {
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                flatten(prefix.isEmpty() ? c.getName() : prefix + "." + c.getName(), read(c, value), row);
            }
        } else if (value instanceof Collection<?> list) {
            row.put(prefix, list.stream().map(CsvWriter::scalar).collect(Collectors.joining("; ")));
        } else if (value instanceof Map<?, ?> map) {
            row.put(prefix, map.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; ")));
        } else {
            row.put(prefix, value == null ? "" : value.toString());
        }
    }

    /** A list element as one cell fragment: a record by its name (or its first text component). */
    private static String scalar(Object v) {
        if (v != null && v.getClass().isRecord()) {
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                if (c.getName().equals("name")) {
                    return String.valueOf(read(c, v));
                }
            }
            Map<String, String> parts = new LinkedHashMap<>();
            flatten("", v, parts);
            return String.join(" ", parts.values());
        }
        return String.valueOf(v);
    }

    private static Object read(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessors are public", e);
        }
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        String safe = cell;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}

package vn.thidua.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the field map an audit event compares; values are kept as plain strings and numbers. */
public final class Snapshot {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static Snapshot of() {
        return new Snapshot();
    }

    public Snapshot put(String field, Object value) {
        fields.put(field, value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString());
        return this;
    }

    public Map<String, Object> map() {
        return fields;
    }
}

package vn.thidua.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.thidua.common.decision.DecisionRef;

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

    /** A decision as four fields ({@code field.number}, {@code .date}, {@code .issuer}, {@code .title}), so a change to any one shows. */
    public Snapshot put(String field, DecisionRef decision) {
        boolean none = decision == null || decision.number == null;
        put(field + ".number", none ? null : decision.number);
        put(field + ".date", none ? null : decision.date);
        put(field + ".issuer", none ? null : decision.issuer);
        return put(field + ".title", none ? null : decision.title);
    }

    public Map<String, Object> map() {
        return fields;
    }
}

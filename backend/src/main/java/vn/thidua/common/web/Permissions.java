package vn.thidua.common.web;

import java.util.List;
import java.util.TreeSet;

/**
 * What the caller may do next with a record, returned on reads as {@code permissions} (sorted action
 * names such as {@code UPDATE}, {@code LAUNCH}, {@code SIGN}) so clients offer only actions that the
 * server will accept. Built from the same policy the writes check.
 */
public final class Permissions {

    private final TreeSet<String> actions = new TreeSet<>();

    public static Permissions builder() {
        return new Permissions();
    }

    public Permissions allow(String action, boolean when) {
        if (when) {
            actions.add(action);
        }
        return this;
    }

    public List<String> list() {
        return List.copyOf(actions);
    }
}

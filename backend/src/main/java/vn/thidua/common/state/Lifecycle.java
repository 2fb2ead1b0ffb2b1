package vn.thidua.common.state;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/**
 * A lifecycle declared once per record type: the allowed steps, which of them need a reason, and the
 * guards a step must pass. Refusals are problems naming the current and the allowed states:
 * 409 {@code <PREFIX>_STATUS_STEP} for a step that is not allowed, 422 {@code <PREFIX>_REASON_REQUIRED}
 * for a missing reason, and whatever a guard throws. Immutable and thread-safe once built.
 *
 * <pre>
 * static final Lifecycle&lt;Campaign, CampaignStatus&gt; LIFECYCLE = Lifecycle.of("CAMPAIGN", CampaignStatus.class)
 *         .step(DRAFT, LAUNCHED, Campaign::requireLaunchable)
 *         .step(LAUNCHED, CLOSED)
 *         .build();
 * </pre>
 */
public final class Lifecycle<E, S extends Enum<S> & Labelled> {

    /** A check a step must pass; it throws the refusal (a {@link DomainException}). */
    @FunctionalInterface
    public interface Guard<E> {
        void check(E record);
    }

    private record Step<E>(boolean reasonRequired, List<Guard<E>> guards) {
    }

    private final String codePrefix;
    private final Map<S, Map<S, Step<E>>> steps;

    private Lifecycle(String codePrefix, Map<S, Map<S, Step<E>>> steps) {
        this.codePrefix = codePrefix;
        this.steps = steps;
    }

    public static <E, S extends Enum<S> & Labelled> Builder<E, S> of(String codePrefix, Class<S> type) {
        return new Builder<>(codePrefix, type);
    }

    public String codePrefix() {
        return codePrefix;
    }

    /** The states reachable in one step from {@code from}, in declaration order. */
    public Set<S> next(S from) {
        Map<S, Step<E>> out = steps.get(from);
        return out == null || out.isEmpty() ? Set.of() : EnumSet.copyOf(out.keySet());
    }

    public boolean allows(S from, S to) {
        Map<S, Step<E>> out = steps.get(from);
        return out != null && out.containsKey(to);
    }

    public boolean needsReason(S from, S to) {
        Map<S, Step<E>> out = steps.get(from);
        return out != null && out.containsKey(to) && out.get(to).reasonRequired();
    }

    /** Throws unless {@code from → to} is allowed, has its reason when one is required and passes its guards. */
    public void check(E record, S from, S to, String reason) {
        if (!allows(from, to)) {
            throw notAllowed(from, to);
        }
        Step<E> step = steps.get(from).get(to);
        if (step.reasonRequired() && (reason == null || reason.isBlank())) {
            throw DomainException.rule(codePrefix + "_REASON_REQUIRED", Text.of(
                    "Chuyển từ “{0}” sang “{1}” cần ghi rõ lý do.",
                    "Moving from “{0}” to “{1}” needs a reason.").with(from, to), "reason");
        }
        for (Guard<E> guard : step.guards()) {
            guard.check(record);
        }
    }

    private DomainException notAllowed(S from, S to) {
        Set<S> allowed = next(from);
        if (allowed.isEmpty()) {
            return DomainException.conflict(codePrefix + "_STATUS_STEP", Text.of(
                    "Đang ở bước cuối (“{0}”); không chuyển sang “{1}” được.",
                    "At the last step (“{0}”); cannot move to “{1}”.").with(from, to));
        }
        String vi = allowed.stream().map(s -> "“" + s.label().vi() + "”").collect(Collectors.joining(", "));
        String en = allowed.stream().map(s -> "“" + s.label().en() + "”").collect(Collectors.joining(", "));
        return DomainException.conflict(codePrefix + "_STATUS_STEP", Text.of(
                "Không chuyển được từ “{0}” sang “{1}”; từ “{0}” chỉ chuyển được sang " + vi + ".",
                "Cannot move from “{0}” to “{1}”; from “{0}” the allowed steps are " + en + ".").with(from, to));
    }

    public static final class Builder<E, S extends Enum<S> & Labelled> {
        private final String codePrefix;
        private final Class<S> type;
        private final Map<S, Map<S, Step<E>>> steps;

        private Builder(String codePrefix, Class<S> type) {
            if (!codePrefix.matches("^[A-Z][A-Z0-9_]*$")) {
                throw new IllegalArgumentException("code prefix must be UPPER_SNAKE: " + codePrefix);
            }
            this.codePrefix = codePrefix;
            this.type = type;
            this.steps = new EnumMap<>(type);
        }

        @SafeVarargs
        public final Builder<E, S> step(S from, S to, Guard<E>... guards) {
            return add(from, to, false, guards);
        }

        /** A step that needs a reason (returning, voiding, reopening). */
        @SafeVarargs
        public final Builder<E, S> stepWithReason(S from, S to, Guard<E>... guards) {
            return add(from, to, true, guards);
        }

        private Builder<E, S> add(S from, S to, boolean reason, Guard<E>[] guards) {
            Map<S, Step<E>> out = steps.computeIfAbsent(from, k -> new LinkedHashMap<>());
            if (out.containsKey(to)) {
                throw new IllegalStateException("step declared twice: " + from + " → " + to);
            }
            out.put(to, new Step<>(reason, List.copyOf(new ArrayList<>(List.of(guards)))));
            return this;
        }

        public Lifecycle<E, S> build() {
            Map<S, Map<S, Step<E>>> frozen = new EnumMap<>(type);
            steps.forEach((from, out) -> frozen.put(from, Map.copyOf(out).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                            LinkedHashMap::new))));
            return new Lifecycle<>(codePrefix, frozen);
        }
    }
}

package vn.thidua.common.lineage;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Who came before whom, from successions: an organisation and all its predecessors (or successors), transitively. */
public final class LineageGraph<K> {

    private final Map<K, Set<K>> predecessorsOf = new HashMap<>();
    private final Map<K, Set<K>> successorsOf = new HashMap<>();

    /** Records one succession: each successor follows each predecessor other than itself. */
    public LineageGraph<K> add(Collection<K> predecessors, Collection<K> successors) {
        for (K successor : successors) {
            for (K predecessor : predecessors) {
                if (!predecessor.equals(successor)) {
                    predecessorsOf.computeIfAbsent(successor, k -> new LinkedHashSet<>()).add(predecessor);
                    successorsOf.computeIfAbsent(predecessor, k -> new LinkedHashSet<>()).add(successor);
                }
            }
        }
        return this;
    }

    /** {@code start} and everything it succeeded, directly or through others (cycles are harmless). */
    public Set<K> withAncestors(K start) {
        Set<K> seen = new LinkedHashSet<>();
        Deque<K> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            K next = todo.poll();
            if (seen.add(next)) {
                todo.addAll(predecessorsOf.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /**
     * What {@code start} became: itself when {@code live} holds for it, else the first organisations that are
     * live along its successions (through a chain of mergers; a split gives several, a dissolution none).
     */
    public Set<K> liveDescendants(K start, java.util.function.Predicate<K> live) {
        Set<K> found = new LinkedHashSet<>();
        Set<K> seen = new LinkedHashSet<>();
        Deque<K> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            K next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (live.test(next)) {
                found.add(next);
            } else {
                todo.addAll(successorsOf.getOrDefault(next, Set.of()));
            }
        }
        return found;
    }
}

package vn.thidua.common.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LineageGraphTest {

    @Test
    void ancestorsAreTransitiveAndExcludeLaterOrUnrelatedOnes() {
        LineageGraph<String> graph = new LineageGraph<String>()
                .add(List.of("A", "B"), List.of("B"))
                .add(List.of("B", "C"), List.of("D"))
                .add(List.of("X"), List.of("Y"));
        assertEquals(Set.of("D", "B", "C", "A"), graph.withAncestors("D"));
        assertEquals(Set.of("B", "A"), graph.withAncestors("B"));
        assertEquals(Set.of("A"), graph.withAncestors("A"));
        assertEquals(Set.of("Q"), graph.withAncestors("Q"));
    }

    @Test
    void renamesAndCyclesDoNotLoop() {
        LineageGraph<String> graph = new LineageGraph<String>().add(List.of("H"), List.of("H"))
                .add(List.of("P"), List.of("Q")).add(List.of("Q"), List.of("P"));
        assertEquals(Set.of("H"), graph.withAncestors("H"));
        assertEquals(Set.of("P", "Q"), graph.withAncestors("P"));
    }
}

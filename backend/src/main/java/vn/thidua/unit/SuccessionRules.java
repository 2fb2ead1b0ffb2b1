package vn.thidua.unit;

import java.util.Set;

import vn.thidua.common.lineage.SuccessionShape;

/** The shape each kind of unit succession must have (the generic rules of {@link SuccessionShape}). */
final class SuccessionRules {

    private SuccessionRules() {
    }

    static void check(SuccessionInput input, Set<Unit> predecessors, Set<Unit> successors) {
        SuccessionShape.check(input.kind(), predecessors, successors, input.newName());
    }
}

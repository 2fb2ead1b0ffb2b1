package vn.thidua.unit;

import java.util.Set;

import vn.thidua.common.lineage.SuccessionKind;
import vn.thidua.common.lineage.SuccessionShape;

/** The shape each kind of unit succession must have (the generic rules of {@link SuccessionShape}). */
final class SuccessionRules {

    private SuccessionRules() {
    }

    static void check(SuccessionInput input, Set<Unit> predecessors, Set<?> successors) {
        SuccessionShape.check(input.kind(), predecessors, successors, input.newName());
    }

    /** A new successor is founded by a merger only, and instead of an existing one. */
    static void checkNewSuccessor(SuccessionInput input) {
        if (input.newSuccessor() == null) {
            return;
        }
        SuccessionShape.require(input.kind() == SuccessionKind.MERGE, "SUCCESSION_NEW_SUCCESSOR_MERGE_ONLY", "newSuccessor",
                "Chỉ sáp nhập mới thành lập đơn vị kế thừa mới", "Only a merger founds a new successor");
        SuccessionShape.require(input.successorIdsOrEmpty().isEmpty(), "SUCCESSION_SUCCESSOR_TWICE", "successorIds",
                "Chọn đơn vị kế thừa có sẵn hoặc thành lập đơn vị mới, không cả hai",
                "Name an existing successor or a new one, not both");
    }
}

package vn.thidua.common.lineage;

import java.util.Set;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;

/** The shape each kind of succession must have, whatever succeeds whom (units, provinces). */
public final class SuccessionShape {

    private SuccessionShape() {
    }

    /** RENAME: one, with a new name. MERGE: into one successor, at least one merged away. SPLIT: one into ≥ 2. DISSOLVE: none after. */
    public static void check(SuccessionKind kind, Set<?> predecessors, Set<?> successors, String newName) {
        switch (kind) {
            case RENAME -> {
                require(predecessors.size() == 1, "SUCCESSION_RENAME_ONE", "predecessorIds", "Đổi tên áp dụng cho đúng một đơn vị",
                        "A rename applies to exactly one unit");
                require(successors.isEmpty() || successors.equals(predecessors), "SUCCESSION_RENAME_NO_SUCCESSOR",
                        "successorIds",
                        "Đổi tên không có đơn vị kế thừa khác", "A rename has no other successor");
                require(newName != null && !newName.isBlank(), "SUCCESSION_RENAME_NEEDS_NAME", "newName", "Cần tên mới",
                        "newName is required for a rename");
            }
            case MERGE -> checkMergerInto(predecessors, successors);
            case SPLIT -> {
                require(predecessors.size() == 1, "SUCCESSION_SPLIT_ONE", "predecessorIds", "Chia tách áp dụng cho đúng một đơn vị",
                        "A split applies to exactly one unit");
                require(successors.size() >= 2, "SUCCESSION_SPLIT_TWO_SUCCESSORS", "successorIds", "Chia tách cần ít nhất hai đơn vị kế thừa",
                        "A split has at least two successors");
            }
            case DISSOLVE -> require(successors.isEmpty(), "SUCCESSION_DISSOLVE_NO_SUCCESSOR", "successorIds", "Giải thể không có đơn vị kế thừa",
                    "A dissolution has no successor");
        }
        if (kind != SuccessionKind.RENAME) {
            require(newName == null, "SUCCESSION_NEW_NAME_FOR_RENAME_ONLY", "newName", "Chỉ đổi tên mới có tên mới", "newName is for renames only");
        }
    }

    /** A merger into one existing successor that absorbs at least one other. */
    public static void checkMergerInto(Set<?> predecessors, Set<?> successors) {
        require(successors.size() == 1, "SUCCESSION_MERGE_ONE_SUCCESSOR", "successorIds", "Sáp nhập cần đúng một đơn vị kế thừa",
                "A merger has exactly one successor");
        require(predecessors.stream().anyMatch(p -> !successors.contains(p)), "SUCCESSION_MERGE_NEEDS_MERGED_UNIT",
                "predecessorIds",
                "Cần ít nhất một đơn vị được sáp nhập", "At least one unit must be merged away");
    }

    public static void require(boolean condition, String code, String field, String vi, String en) {
        if (!condition) {
            throw DomainException.rule(code, Text.of(vi, en), field);
        }
    }
}

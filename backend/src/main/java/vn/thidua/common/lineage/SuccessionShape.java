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
                require(predecessors.size() == 1, "predecessorIds", "Đổi tên áp dụng cho đúng một đơn vị",
                        "A rename applies to exactly one unit");
                require(successors.isEmpty() || successors.equals(predecessors), "successorIds",
                        "Đổi tên không có đơn vị kế thừa khác", "A rename has no other successor");
                require(newName != null && !newName.isBlank(), "newName", "Cần tên mới",
                        "newName is required for a rename");
            }
            case MERGE -> checkMergerInto(predecessors, successors);
            case SPLIT -> {
                require(predecessors.size() == 1, "predecessorIds", "Chia tách áp dụng cho đúng một đơn vị",
                        "A split applies to exactly one unit");
                require(successors.size() >= 2, "successorIds", "Chia tách cần ít nhất hai đơn vị kế thừa",
                        "A split has at least two successors");
            }
            case DISSOLVE -> require(successors.isEmpty(), "successorIds", "Giải thể không có đơn vị kế thừa",
                    "A dissolution has no successor");
        }
        if (kind != SuccessionKind.RENAME) {
            require(newName == null, "newName", "Chỉ đổi tên mới có tên mới", "newName is for renames only");
        }
    }

    /** A merger into one existing successor that absorbs at least one other. */
    public static void checkMergerInto(Set<?> predecessors, Set<?> successors) {
        require(successors.size() == 1, "successorIds", "Sáp nhập cần đúng một đơn vị kế thừa",
                "A merger has exactly one successor");
        require(predecessors.stream().anyMatch(p -> !successors.contains(p)), "predecessorIds",
                "Cần ít nhất một đơn vị được sáp nhập", "At least one unit must be merged away");
    }

    public static void require(boolean condition, String field, String vi, String en) {
        if (!condition) {
            throw DomainException.rule(Text.of(vi, en), field);
        }
    }
}

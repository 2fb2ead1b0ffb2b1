package vn.thidua.unit;

import java.util.Set;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;

/** The shape each kind of succession must have. */
final class SuccessionRules {

    private SuccessionRules() {
    }

    static void check(SuccessionInput input, Set<Unit> predecessors, Set<Unit> successors) {
        switch (input.kind()) {
            case RENAME -> {
                require(predecessors.size() == 1, "predecessorIds", "Đổi tên áp dụng cho đúng một đơn vị",
                        "A rename applies to exactly one unit");
                require(successors.isEmpty() || successors.equals(predecessors), "successorIds",
                        "Đổi tên không có đơn vị kế thừa khác", "A rename has no other successor");
                require(input.newName() != null && !input.newName().isBlank(), "newName",
                        "Cần tên mới", "newName is required for a rename");
            }
            case MERGE -> {
                require(successors.size() == 1, "successorIds", "Sáp nhập cần đúng một đơn vị kế thừa",
                        "A merger has exactly one successor");
                require(predecessors.stream().anyMatch(u -> !successors.contains(u)), "predecessorIds",
                        "Cần ít nhất một đơn vị được sáp nhập", "At least one unit must be merged away");
            }
            case SPLIT -> {
                require(predecessors.size() == 1, "predecessorIds", "Chia tách áp dụng cho đúng một đơn vị",
                        "A split applies to exactly one unit");
                require(successors.size() >= 2, "successorIds", "Chia tách cần ít nhất hai đơn vị kế thừa",
                        "A split has at least two successors");
            }
            case DISSOLVE -> require(successors.isEmpty(), "successorIds", "Giải thể không có đơn vị kế thừa",
                    "A dissolution has no successor");
        }
        if (input.kind() != SuccessionKind.RENAME) {
            require(input.newName() == null, "newName", "Chỉ đổi tên mới có tên mới", "newName is for renames only");
        }
    }

    private static void require(boolean condition, String field, String vi, String en) {
        if (!condition) {
            throw DomainException.rule(Text.of(vi, en), field);
        }
    }
}

package vn.thidua.unit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.lineage.SuccessionKind;

@Schema(name = "UnitSuccessionInput", description = """
        RENAME: 1 predecessor, newName. MERGE: ≥1 predecessors into 1 successor. SPLIT: 1 predecessor into ≥2 \
        successors. DISSOLVE: ≥1 predecessors, no successor. A MERGE may found its successor instead \
        (newSuccessor, no successorIds): the unit and the succession are created together or not at all. Predecessors that are not also successors stop \
        being active the day before effectiveDate.""")
public record SuccessionInput(
        @Schema(required = true, examples = "MERGE") @NotNull SuccessionKind kind,
        @Schema(required = true, examples = "2025-03-01") @NotNull LocalDate effectiveDate,
        @Schema(required = true) @NotNull @Valid DecisionRefData decision,
        @Schema(required = true, examples = "[6]") @NotEmpty @Size(max = 50) List<@NotNull Long> predecessorIds,
        @Schema(examples = "[1]") @Size(max = 50) List<@NotNull Long> successorIds,
        @Schema(examples = "Sở Nông nghiệp và Môi trường", maxLength = 255) @Size(max = 255) String newName,
        @Schema(maxLength = 100) @Size(max = 100) String newShortName,
        @Schema(description = "MERGE vào đơn vị mới (thay cho successorIds): đơn vị và lần sắp xếp được tạo cùng nhau / merger into a new unit, created together with the succession")
        @Valid NewUnitInput newSuccessor,
        @Schema(description = """
                Đơn vị kết thúc đang là Trưởng/Phó trưởng khối của năm thi đua chưa kết thúc: mặc định từ chối (409 \
                SUCCESSION_UNIT_LEADS_TERMS, liệt kê trong related); true: chuyển vai trò cho đơn vị kế thừa (tư cách cũ \
                kết thúc trước ngày hiệu lực, tư cách mới từ ngày hiệu lực). / true hands an ending unit's LEADER/DEPUTY \
                roles in open terms to the single successor, keeping both memberships.""")
        Boolean transferRoles) {

    public List<Long> successorIdsOrEmpty() {
        return successorIds == null ? List.of() : successorIds;
    }
}

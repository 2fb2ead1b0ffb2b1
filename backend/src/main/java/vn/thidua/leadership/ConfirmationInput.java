package vn.thidua.leadership;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;

@Schema(name = "LeadershipConfirmationInput", description = "Xác nhận của Ban; quyết định kiện toàn khối năm sau nếu đã có "
        + "/ the Board's confirmation, with next year's founding decision if there is one")
public record ConfirmationInput(
        @Schema(description = "Quyết định của năm thi đua năm sau, khi tạo mới / the decision of next year's term, when it is created") @Valid DecisionRefData nextTermDecision) {
}

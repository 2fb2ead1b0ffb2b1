package vn.thidua.membership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "MembershipInput", description = "joinedOn mặc định: ngày đầu năm hoặc ngày đơn vị bắt đầu hoạt động / defaults to the year's first active day")
public record MembershipInput(
        @Schema(required = true, examples = "12") @NotNull Long unitId,
        @Schema(required = true, examples = "MEMBER") @NotNull MembershipRole role,
        @Schema(examples = "2024-02-15") LocalDate joinedOn,
        @Schema(maxLength = 1000, description = "Bắt buộc khi năm thi đua đã CLOSED / required when the term is CLOSED") @MultiLine @Size(max = 1000) String correctionReason) {
}

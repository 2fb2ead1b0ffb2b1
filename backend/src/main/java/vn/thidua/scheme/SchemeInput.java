package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringSchemeInput", description = "Thang điểm (dự thảo): các nhóm và tiêu chí, thay thế toàn bộ / a draft scheme's whole tree")
public record SchemeInput(
        @Schema(required = true, examples = "Bảng tiêu chí chấm điểm thi đua năm 2023") @NotBlank @Size(max = 500) String title,
        @Schema(required = true, examples = "100", description = "Tổng điểm tối đa; tổng các nhóm phải bằng số này khi thông qua / the total the groups must add up to")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 6, fraction = 2) BigDecimal totalPoints,
        @Schema(required = true) @NotNull @Size(max = 50) List<@Valid @NotNull GroupInput> groups,
        @Schema(examples = "0", description = "Điểm sàn: điểm trừ không làm tổng điểm thấp hơn mức này (mặc định 0; không quá tổng điểm) "
                + "/ the floor penalties never take a total below (default 0; at most the total)")
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 6, fraction = 2) BigDecimal scoreFloor,
        @Schema(examples = "[\"FIRST_GROUP\", \"FEWER_PENALTY\", \"MEMBER_VOTE\", \"LOT\"]",
                description = "Thứ tự xét khi bằng điểm, kết thúc bằng LOT, không lặp (mặc định FIRST_GROUP, FEWER_PENALTY, MEMBER_VOTE, LOT) "
                        + "/ the tie-break chain: no step twice, LOT last (default as shown)")
        @Size(min = 1, max = 4) List<@NotNull TieBreak> tieBreaks) {
}

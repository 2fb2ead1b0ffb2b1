package vn.thidua.sheet;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson;

@Schema(name = "ScoreCellsInput", description = """
        Lưu một số ô (tự động lưu): chỉ các tiêu chí được gửi thay đổi; value null xoá điểm của ô. value là điểm (định tính, \
        thưởng, trừ), số liệu đạt được (định lượng), số lần (theo số lần) hoặc 1/0 (loại trừ); 0 là điểm hợp lệ. \
        / Saves some cells (autosave): only the criteria sent change; value is points, the achieved figure, the count or 1/0.""")
public record SelfScoreInput(
        @Schema(required = true) @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Cell> cells) {

    @Schema(name = "ScoreCell")
    public record Cell(
            @Schema(required = true, examples = "12") @NotNull @Positive Long criterionId,
            @Schema(examples = "27.5") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
            @Schema(description = "Nhận xét, giải thích (đơn vị tự chấm) hoặc lý do (đơn vị chấm chéo, bắt buộc khi khác điểm tự chấm) / comment, or the reviewer's reason")
            @Size(max = 2000) @StrictJson.MultiLine String comment) {
    }
}

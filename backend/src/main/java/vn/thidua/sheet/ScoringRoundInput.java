package vn.thidua.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringRoundInput", description = "Mở đợt chấm điểm theo thang điểm đã thông qua / open the term's scoring against its adopted scheme")
public record ScoringRoundInput(
        @Schema(required = true, examples = "2023-11-30", description = "Hạn nộp bảng tự chấm (nộp muộn vẫn nhận, có đánh dấu) / the self-score deadline (late ones are flagged, never refused)")
        @NotNull LocalDate selfDeadline,
        @Schema(required = true, examples = "MEAN") @NotNull Aggregation aggregation,
        @Schema(required = true, examples = "2", description = "Điểm chấm chéo lệch quá mức này so với điểm tự chấm thì được đánh dấu / a reviewer's points further than this from the self-score are flagged")
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal deviationThreshold) {
}

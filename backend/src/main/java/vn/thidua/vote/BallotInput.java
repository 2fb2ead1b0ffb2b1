package vn.thidua.vote;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotInput", description = "Lá phiếu của đơn vị: các ứng viên được chọn (tối đa bằng số người được bầu; để trống là không chọn ai) "
        + "/ a unit's ballot: the chosen candidates (at most the seats; none is a blank ballot)")
public record BallotInput(
        @Schema(required = true, examples = "1", description = "Vòng đang mở (phiếu gửi nhầm vòng bị từ chối) / the open round (a ballot meant for another round is refused)")
        @NotNull @Min(1) @Max(3) Integer round,
        @Schema(required = true, examples = "[12]") @NotNull @Size(max = 100) List<@NotNull Long> choices) {
}

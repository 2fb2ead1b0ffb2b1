package vn.thidua.leadership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotationProposalInput", description = "Đề xuất theo thứ tự luân phiên; Phó trưởng khối mặc định là đơn vị kế tiếp trong thứ tự, "
        + "hoặc đơn vị thành viên được chọn / a proposal in the rotation order; the deputy is the next in turn unless one is chosen")
public record RotationProposalInput(
        @Schema(examples = "13", description = "Phó trưởng khối do Trưởng khối chọn (thành viên năm sau) / the deputy the leader chooses") Long deputyUnitId) {
}

package vn.thidua.leadership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.term.LeaderSelection;
import vn.thidua.unit.UnitRef;

@Schema(name = "PublishedLeaders", description = "Trưởng khối, Phó trưởng khối đã được Ban xác nhận, theo năm (công khai) "
        + "/ a bloc's confirmed leaders by year (public)")
public record PublicLeadersData(
        @Schema(required = true, examples = "1") Long blocId,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, description = "Năm mới nhất trước / newest year first") List<Year> years) {

    @Schema(name = "PublishedLeadersYear")
    public record Year(
            @Schema(required = true, examples = "2024") int year,
            @Schema(required = true) UnitRef leader,
            UnitRef deputy,
            @Schema(required = true, examples = "ELECTION") LeaderSelection method) {
    }
}

package vn.thidua.unit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.lineage.SuccessionKind;

/**
 * A unit's ancestry: every predecessor it succeeded, directly or through others (live successions
 * only), the successions linking them, and the terms each took part in. Participations are keyed by
 * membership (term + unit) so that later results (scores, awards) can join them.
 */
@Schema(name = "UnitLineage", description = "Lịch sử kế thừa: đơn vị tiền thân (bắc cầu), các lần sắp xếp và năm thi đua đã tham gia / a unit's ancestry and the terms of each")
public record UnitLineage(
        @Schema(required = true) UnitRef unit,
        @Schema(required = true, description = "Đơn vị tiền thân, gần nhất trước / predecessors, transitively, latest end first") List<Ancestor> predecessors,
        @Schema(required = true, description = "Các cạnh kế thừa / who succeeded whom, by which succession") List<Link> links,
        @Schema(required = true, description = "Năm thi đua của đơn vị và các đơn vị tiền thân / the terms of the unit and its predecessors") List<Participation> terms) {

    @Schema(name = "UnitLineageAncestor", description = "Một đơn vị tiền thân, tên ngày cuối hoạt động / a predecessor, named as on its last day")
    public record Ancestor(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true, examples = "2008-04-01") LocalDate activeFrom,
            @Schema(examples = "2025-06-30") LocalDate activeTo,
            @Schema(required = true, examples = "1", description = "1: tiền thân trực tiếp / direct predecessor; 2: tiền thân của tiền thân …") int depth) {
    }

    @Schema(name = "UnitLineageLink", description = "predecessorId → successorId theo một lần sắp xếp / one predecessor-to-successor edge")
    public record Link(
            @Schema(required = true, examples = "3") Long successionId,
            @Schema(required = true, examples = "MERGE") SuccessionKind kind,
            @Schema(required = true, examples = "2025-07-01") LocalDate effectiveDate,
            @Schema(required = true) DecisionRefData decision,
            @Schema(required = true, examples = "6") Long predecessorId,
            @Schema(required = true, examples = "1") Long successorId) {
    }

    @Schema(name = "UnitLineageTerm", description = "Một đơn vị trong một năm thi đua (tên khi đó) / a unit in a term, named as then")
    public record Participation(
            @Schema(required = true, examples = "31") Long membershipId,
            @Schema(required = true, examples = "6") Long unitId,
            @Schema(required = true, examples = "Sở Giao thông Vận tải") String unitName,
            @Schema(required = true, examples = "7") Long termId,
            @Schema(required = true, examples = "2") Long blocId,
            @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
            @Schema(required = true, examples = "2023") int year,
            @Schema(required = true, examples = "ACTIVE") String termStatus,
            @Schema(required = true, examples = "LEADER", enumeration = { "LEADER", "DEPUTY", "MEMBER" }) String role,
            @Schema(required = true, examples = "2023-01-01") LocalDate joinedOn,
            @Schema(examples = "2023-06-30") LocalDate leftOn) {
    }
}

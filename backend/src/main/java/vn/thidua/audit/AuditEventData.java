package vn.thidua.audit;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "Một thao tác ghi đã được lưu vết / one audited write")
public record AuditEventData(
        @Schema(required = true, examples = "42") Long id,
        @Schema(required = true, examples = "2026-03-01T02:15:00Z") Instant occurredAt,
        @Schema(required = true, examples = "admin") String actor,
        @Schema(examples = "BKN.SXD") String actorUnit,
        @Schema(required = true, examples = "UPDATE") AuditOperation operation,
        @Schema(required = true, examples = "Term", enumeration = { "Unit", "UnitSuccession", "Bloc", "Term",
                "Membership", "StoredFile", "Conference", "Campaign", "Registration", "Covenant", "CovenantSignature", "ScoringScheme", "ScoringRound", "ScoreSheet", "ScoreReview", "ScoreEntry", "Ranking", "LeadershipResult", "RotationOrder", "UnitRestriction", "AwardProposal", "AwardProposalItem" }) String entityType,
        @Schema(required = true, examples = "7") Long entityId,
        @Schema(examples = "Sửa sai số quyết định") String reason,
        @Schema(required = true, description = "field → {before, after}") Map<String, Change> changes) {

    @Schema(name = "AuditChange")
    public record Change(Object before, Object after) {
    }
}

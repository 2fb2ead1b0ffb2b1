package vn.thidua.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.QueryParams;
import vn.thidua.security.Roles;

@Path("/api/v1/audit-events")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.NATIONAL })
    @Operation(operationId = "listAuditEvents", summary = "Nhật ký thay đổi / audit trail",
            description = "Lọc theo đối tượng, người thực hiện và thời gian (UTC). Filter by entity, actor and time.")
    public Page<AuditEventData> list(
            @QueryParam("entityType") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {
                    "Unit", "UnitSuccession", "Bloc", "Term", "Membership", "StoredFile", "Conference", "Campaign", "Registration", "Covenant",
                    "CovenantSignature", "ScoringScheme", "ScoringRound", "ScoreSheet", "ScoreReview", "ScoreEntry", "Ranking", "LeadershipResult", "RotationOrder", "UnitRestriction", "AwardProposal", "AwardProposalItem" })) String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam PageRequest page) {
        return trail.list(entityType(entityType), QueryParams.id("entityId", entityId), blankToNull(actor),
                instant("from", from), instant("to", to), page);
    }

    private static final java.util.Set<String> ENTITY_TYPES = java.util.Set.of("Unit", "UnitSuccession", "Bloc",
            "Term", "Membership", "StoredFile", "Conference", "Campaign", "Registration", "Covenant", "CovenantSignature",
            "ScoringScheme", "ScoringRound", "ScoreSheet", "ScoreReview", "ScoreEntry", "Ranking", "LeadershipResult", "RotationOrder", "UnitRestriction", "AwardProposal", "AwardProposalItem");

    private static String entityType(String raw) {
        String value = blankToNull(raw);
        if (value != null && !ENTITY_TYPES.contains(value)) {
            throw DomainException.invalid("INVALID_ENUM_VALUE", "entityType", Text.of("Loại đối tượng phải là một trong: "
                    + String.join(", ", new java.util.TreeSet<>(ENTITY_TYPES)), "entityType must be one of: "
                    + String.join(", ", new java.util.TreeSet<>(ENTITY_TYPES))));
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("INVALID_INSTANT", name, Text.of("Thời điểm phải theo ISO-8601, ví dụ 2026-01-31T00:00:00Z",
                    "Instant must be ISO-8601, e.g. 2026-01-31T00:00:00Z"));
        }
    }
}

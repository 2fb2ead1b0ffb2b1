package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "Registration", description = "Đăng ký thi đua của một đơn vị / a unit's registration")
public record RegistrationData(
        @Schema(required = true, examples = "9") Long id,
        @Schema(required = true, examples = "5") Long campaignId,
        @Schema(required = true, description = "Đơn vị (tên trong năm thi đua) / the unit, named as in the term's year") UnitRef unit,
        @Schema(required = true) String targets,
        @Schema(required = true) List<NumericTargetData> numericTargets,
        @Schema(required = true, examples = "SUBMITTED") RegistrationStatus status,
        @Schema(examples = "2023-03-24", description = "Ngày gửi / submission date") LocalDate submittedOn,
        @Schema(required = true, description = "Gửi sau hạn đăng ký (vẫn được nhận) / submitted after the deadline (still received)") boolean late,
        @Schema(description = "Lý do trả lại / why it was returned") String returnReason,
        @Schema(required = true, examples = "0") long version,
        @Schema(required = true, examples = "[\"SUBMIT\", \"UPDATE\"]") List<String> permissions) {

    /** Without the caller's permissions: what the ETag is computed from, equal for every caller. */
    RegistrationData shared() {
        return new RegistrationData(id, campaignId, unit, targets, numericTargets, status, submittedOn, late, returnReason,
                version, null);
    }
}

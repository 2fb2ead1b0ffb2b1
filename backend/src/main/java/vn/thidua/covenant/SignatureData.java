package vn.thidua.covenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "CovenantSignature", description = "Chữ ký giao ước của một đơn vị / a member's signature")
public record SignatureData(
        @Schema(required = true, examples = "4") Long id,
        @Schema(required = true, examples = "2") Long covenantId,
        @Schema(required = true) UnitRef unit,
        @Schema(required = true, examples = "Nguyễn Văn A") String signerName,
        @Schema(required = true, examples = "Giám đốc") String signerTitle,
        @Schema(required = true, examples = "2024-03-29", description = "Ngày ký trên giao ước / the date on the paper") LocalDate signedOn,
        @Schema(required = true, examples = "2026-03-01T02:15:00Z", description = "Thời điểm ghi vào hệ thống / when it was recorded") Instant recordedAt,
        @Schema(required = true, examples = "[\"UPLOAD_SCAN\"]") List<String> permissions) {

    /** Without the caller's permissions: what the ETag is computed from, equal for every caller. */
    SignatureData shared() {
        return new SignatureData(id, covenantId, unit, signerName, signerTitle, signedOn, recordedAt, null);
    }
}

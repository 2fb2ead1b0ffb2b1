package vn.thidua.covenant;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.campaign.CampaignRef;
import vn.thidua.unit.UnitRef;

@Schema(name = "Covenant", description = "Giao ước thi đua của năm thi đua / a term's covenant")
public record CovenantData(
        @Schema(required = true, examples = "2") Long id,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, examples = "Khối các Sở, ban, ngành tham mưu và quản lý nhà nước về kinh tế, kỹ thuật") String blocName,
        @Schema(required = true, examples = "2024") int year,
        @Schema(required = true, examples = "27") String provinceCode,
        @Schema(required = true, examples = "Giao ước thi đua năm 2024") String title,
        @Schema(required = true) List<String> clauses,
        @Schema(required = true) List<CampaignRef> campaigns,
        @Schema(required = true) List<CovenantDocumentData> documents,
        @Schema(required = true, examples = "SIGNED") CovenantStatus status,
        @Schema(examples = "2024-03-29") LocalDate signedOn,
        @Schema(required = true, description = "Kết thúc khi còn đơn vị chưa ký / closed with members missing") boolean closedIncomplete,
        String closedReason,
        @Schema(required = true, description = "Đơn vị chưa ký khi kết thúc (ghi nhận lúc đó) / members missing when it was closed") List<UnitRef> closedMissing,
        @Schema(required = true, examples = "12") int memberCount,
        @Schema(required = true) List<SignatureData> signatures,
        @Schema(required = true, description = "Đơn vị thành viên hiện tại chưa ký / current members without a signature") List<UnitRef> missing,
        @Schema(required = true, examples = "0") long version,
        @Schema(required = true, examples = "[\"SIGN\"]") List<String> permissions) {

    /** The representation its ETag is computed from: without anybody's permissions. */
    CovenantData shared() {
        return new CovenantData(id, termId, blocName, year, provinceCode, title, clauses, campaigns, documents, status,
                signedOn, closedIncomplete, closedReason, closedMissing, memberCount,
                signatures.stream().map(s -> s.shared()).toList(), missing, version, null);
    }
}

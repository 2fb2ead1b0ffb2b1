package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;

@Schema(name = "Campaign", description = "Phong trào thi đua / a campaign")
public record CampaignData(
        @Schema(required = true, examples = "5") Long id,
        @Schema(examples = "7", description = "Năm thi đua; trống với phong trào của tỉnh / the term; empty for a province's campaign") Long termId,
        @Schema(examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(examples = "2023") Integer year,
        @Schema(required = true, examples = "6") Long provinceId,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true, examples = "YEARLY") CampaignKind kind,
        @Schema(required = true, examples = "Phong trào thi đua năm 2023") String title,
        String theme,
        String targets,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate registrationDeadline,
        DecisionRefData launchDecision,
        @Schema(examples = "2023-03-14", description = "Ngày phát động = ngày của văn bản phát động / the launch document's date") LocalDate launchedOn,
        CampaignRef respondsTo,
        @Schema(required = true, examples = "LAUNCHED") CampaignStatus status,
        @Schema(required = true, examples = "0") long version,
        @Schema(required = true, examples = "[\"CLOSE\", \"UPDATE\", \"UPLOAD_FILE\"]", description = "Việc người gọi được làm tiếp / what the caller may do next") List<String> permissions) {

    /** Without the caller's permissions: what the ETag is computed from, equal for every caller. */
    CampaignData shared() {
        return new CampaignData(id, termId, blocName, year, provinceId, provinceCode, kind, title, theme, targets, startsOn,
                endsOn, registrationDeadline, launchDecision, launchedOn, respondsTo, status, version, null);
    }
}

package vn.thidua.campaign;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.web.StrictJson.MultiLine;

/** A new campaign: of a term (termId; launched by its leader, deputy or the Board) or of a province (provinceId; the Board). */
@Schema(name = "CampaignInput", description = "Phong trào thi đua mới: của một năm thi đua (termId) hoặc của tỉnh (provinceId) / a new campaign of a term or of a province")
public record CampaignInput(
        @Schema(examples = "7", description = "Năm thi đua (phong trào của khối) / the term (a bloc's campaign)") Long termId,
        @Schema(examples = "19", description = "Tỉnh (phong trào do Ban Thi đua - Khen thưởng phát động) / the province (the Board's campaign)") Long provinceId,
        @Schema(required = true, examples = "YEARLY") @NotNull CampaignKind kind,
        @Schema(required = true, maxLength = 300, examples = "Phong trào thi đua năm 2023") @NotBlank @Size(max = 300) String title,
        @Schema(maxLength = 500, examples = "Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ") @Size(max = 500) String theme,
        @Schema(maxLength = 4000, description = "Chỉ tiêu, nội dung thi đua / targets") @MultiLine @Size(max = 4000) String targets,
        @Schema(examples = "2023-03-14") LocalDate startsOn,
        @Schema(examples = "2023-12-31", description = "Bắt buộc với đợt thi đua đặc biệt / required for a special period") LocalDate endsOn,
        @Schema(examples = "2023-03-31", description = "Hạn đăng ký thi đua / registration deadline") LocalDate registrationDeadline,
        @Schema(description = "Văn bản phát động (ngày văn bản là ngày phát động) / the launch document; its date is the launch date") @Valid DecisionRefData launchDecision,
        @Schema(examples = "3", description = "Phong trào của tỉnh được hưởng ứng (bắt buộc với RESPONSE) / the province campaign responded to") Long respondsToCampaignId) {
}

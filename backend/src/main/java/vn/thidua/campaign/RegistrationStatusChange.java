package vn.thidua.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "RegistrationStatusChange", description = "Gửi, chấp nhận hoặc trả lại đăng ký / submit, accept or return a registration")
public record RegistrationStatusChange(
        @Schema(required = true, examples = "SUBMITTED") @NotNull RegistrationStatus status,
        @Schema(maxLength = 1000, description = "Bắt buộc khi trả lại / required to return") @MultiLine @Size(max = 1000) String reason,
        @Schema(examples = "2023-03-24", description = "Chỉ Ban Thi đua - Khen thưởng, khi gửi: ngày của bản đăng ký giấy đã nhận (mặc định hôm nay) "
                + "/ the Board only, on submission: the date of a paper registration received (default today)") LocalDate submittedOn) {
}

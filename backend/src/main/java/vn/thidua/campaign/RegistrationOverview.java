package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "RegistrationOverview", description = "Đăng ký của một phong trào: ai đã đăng ký, ai chưa, ai gửi muộn / who registered, who has not, who was late")
public record RegistrationOverview(
        @Schema(required = true, examples = "5") Long campaignId,
        @Schema(examples = "2023-03-31") LocalDate registrationDeadline,
        @Schema(required = true, examples = "11", description = "Số đơn vị thành viên hiện tại / current member units") int memberCount,
        @Schema(required = true, examples = "11", description = "Số đơn vị đã gửi đăng ký / units that submitted") int registeredCount,
        @Schema(required = true, examples = "1", description = "Số đăng ký gửi muộn / late submissions") int lateCount,
        @Schema(required = true, description = "Đăng ký người gọi được xem (dự thảo chỉ đơn vị mình và người quản lý khối thấy) / the registrations the caller may see") List<RegistrationData> items,
        @Schema(required = true, description = "Đơn vị thành viên chưa gửi đăng ký / member units that have not submitted") List<UnitRef> missing,
        @Schema(required = true, examples = "[\"REGISTER\"]") List<String> permissions) {
}

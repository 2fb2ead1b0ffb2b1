package vn.thidua.covenant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignatureInput", description = "Chữ ký giao ước của một đơn vị / a member's signature")
public record SignatureInput(
        @Schema(required = true, examples = "12", description = "Đơn vị ký (cán bộ chỉ ký cho đơn vị mình) / the signing unit") @NotNull Long unitId,
        @Schema(required = true, maxLength = 200, examples = "Nguyễn Văn A") @NotBlank @Size(max = 200) String signerName,
        @Schema(required = true, maxLength = 200, examples = "Giám đốc") @NotBlank @Size(max = 200) String signerTitle,
        @Schema(required = true, examples = "2024-03-29", description = "Ngày ký ghi trên giao ước (không sau hôm nay, trong năm thi đua) / the date on the signed covenant") @NotNull LocalDate signedOn) {
}

package vn.thidua.common.decision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision reference as the API carries it. */
@Schema(name = "DecisionRef", description = "Văn bản, quyết định được dẫn chiếu / the official document cited")
public record DecisionRefData(
        @Schema(required = true, examples = "138/QĐ-UBND", maxLength = 64,
                description = "Số hiệu: số/[năm/]ký hiệu, ví dụ 138/QĐ-UBND, 409/TĐKT-KTKT")
        @NotBlank @Size(max = 64) @Pattern(regexp = NUMBER_PATTERN, message = "{thidua.decision.number}") String number,
        @Schema(required = true, examples = "2024-02-15") @NotNull LocalDate date,
        @Schema(required = true, examples = "UBND tỉnh Bắc Ninh", maxLength = 255) @NotBlank @Size(max = 255) String issuer,
        @Schema(examples = "Về việc tổ chức các Cụm, Khối thi đua của tỉnh năm 2024", maxLength = 500) @Size(max = 500) String title) {

    /** number[/year]/SYMBOL-PARTS, symbol in capitals A-Z and Đ; written so Java and ECMA-262 (the contract) read it alike: 138/QĐ-UBND, 06/2022/QH15. */
    public static final String NUMBER_PATTERN = "^\\s*[0-9]{1,6}(/[0-9]{4})?/[A-ZĐ0-9&.]+(-[A-ZĐ0-9&.]+)*\\s*$";
}

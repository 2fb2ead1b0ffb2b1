package vn.thidua.covenant;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "CovenantInput", description = "Giao ước thi đua của năm (dự thảo) / the term's covenant (draft)")
public record CovenantInput(
        @Schema(required = true, maxLength = 300, examples = "Giao ước thi đua năm 2024") @NotBlank @Size(max = 300) String title,
        @Schema(required = true, maxItems = 100, description = "Các điều khoản / the clauses") @NotNull @MultiLine @Size(max = 100) List<@NotBlank @Size(max = 4000) String> clauses,
        @Schema(maxItems = 20, description = "Phong trào của năm thi đua được giao ước / the term's campaigns it pledges") @Size(max = 20) List<@NotNull Long> campaignIds,
        @Schema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid CovenantDocumentData> documents) {
}

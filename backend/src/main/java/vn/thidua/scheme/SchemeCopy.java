package vn.thidua.scheme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringSchemeCopy", description = "Sao một thang điểm (năm trước của khối, hoặc bản trước của năm này) thành dự thảo mới "
        + "/ copy a scheme (the bloc's last year's, or an earlier version of this year's) into a new draft")
public record SchemeCopy(@Schema(required = true, examples = "3") @NotNull @Positive Long schemeId) {
}

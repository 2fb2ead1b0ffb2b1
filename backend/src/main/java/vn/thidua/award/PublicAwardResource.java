package vn.thidua.award;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.QueryParams;

/** Decided awards for everyone, without a token (DOMAIN.md: the public sees published results). */
@Path("/api/v1/public/awards")
@Tag(name = "awards")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAwardResource {

    @Inject
    AwardHistory history;

    @GET
    @PermitAll
    @Operation(operationId = "listPublishedAwards", summary = "Khen thưởng đã có quyết định (công khai) / decided awards, public",
            description = "Lọc theo tỉnh, khối, năm; năm mới nhất trước / by province, bloc, year; newest first.")
    public Page<AwardData> list(
            @QueryParam("provinceId") @Parameter(description = "Tỉnh, thành phố / province", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String provinceId,
            @QueryParam("blocId") @Parameter(description = "Khối, cụm thi đua / bloc", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String blocId,
            @QueryParam("year") @Parameter(description = "Năm thi đua / year", schema = @Schema(type = SchemaType.INTEGER, minimum = "1945", maximum = "2200")) String year,
            @BeanParam PageRequest page) {
        return history.published(QueryParams.id("provinceId", provinceId), QueryParams.id("blocId", blocId),
                QueryParams.year("year", year), page);
    }
}

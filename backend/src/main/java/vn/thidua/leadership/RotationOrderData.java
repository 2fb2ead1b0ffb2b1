package vn.thidua.leadership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "RotationOrder", description = "Thứ tự luân phiên Trưởng khối của khối (rỗng khi chưa ghi) / the bloc's rotation order (empty until recorded)")
public record RotationOrderData(
        @Schema(required = true, examples = "1") Long blocId,
        @Schema(required = true, description = "Theo thứ tự / in turn") List<UnitRef> units,
        @Schema(required = true, examples = "0") long version,
        @Schema(examples = "[\"UPDATE\"]", description = "UPDATE (Ban) / what the caller may do") List<String> permissions) {

    public RotationOrderData shared() {
        return new RotationOrderData(blocId, units, version, null);
    }
}

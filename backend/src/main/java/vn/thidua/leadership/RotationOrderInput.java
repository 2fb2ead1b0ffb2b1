package vn.thidua.leadership;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotationOrderInput", description = "Các đơn vị theo thứ tự luân phiên Trưởng khối (đơn vị của tỉnh, không lặp) "
        + "/ the bloc's units in their turn to lead (units of its province, each once)")
public record RotationOrderInput(
        @Schema(required = true, examples = "[12, 13, 14]") @NotNull @Size(max = 100) List<@NotNull Long> unitIds) {
}

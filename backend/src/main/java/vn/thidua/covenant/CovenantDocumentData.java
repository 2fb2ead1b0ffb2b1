package vn.thidua.covenant;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.decision.DecisionRefData;

@Schema(name = "CovenantDocument", description = "Văn bản các đơn vị thông qua cùng giao ước / a document adopted with the covenant")
public record CovenantDocumentData(
        @Schema(required = true, examples = "PLAN") @NotNull CovenantDocumentKind kind,
        @Schema(required = true, maxLength = 500, examples = "Kế hoạch hoạt động năm 2024 của Khối") @NotBlank @Size(max = 500) String title,
        @Schema(examples = "2024-03-29", description = "Ngày các đơn vị thông qua / the date the members adopted it") LocalDate adoptedOn,
        @Schema(description = "Văn bản ban hành, nếu có / the issuing document, if any") @Valid DecisionRefData decision) {

    static CovenantDocumentData of(CovenantDocument document) {
        return new CovenantDocumentData(document.kind, document.title, document.adoptedOn,
                document.decision == null ? null : document.decision.toData());
    }

    CovenantDocument toDocument() {
        CovenantDocument document = new CovenantDocument();
        document.kind = kind;
        document.title = title.trim();
        document.adoptedOn = adoptedOn;
        document.decision = DecisionRef.from(decision);
        return document;
    }
}

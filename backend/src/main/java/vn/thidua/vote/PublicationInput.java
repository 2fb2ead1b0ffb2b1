package vn.thidua.vote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VotePublication", description = "Công bố kết quả vòng hiện tại / publish the current round's result")
public record PublicationInput(
        @Schema(examples = "true", description = "Xác nhận đã biết kết quả có thể làm lộ lá phiếu của đơn vị (bắt buộc khi có disclosureWarnings) "
                + "/ the chair acknowledges the result may reveal single units' votes (required when disclosureWarnings is not empty)")
        Boolean acknowledgeDisclosure) {
}

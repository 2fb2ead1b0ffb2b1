package vn.thidua.covenant;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.thidua.common.decision.DecisionRef;

/** A document adopted with the covenant: "Kế hoạch hoạt động năm 2024 của Khối", adopted on 29/3/2024. */
@Embeddable
public class CovenantDocument {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CovenantDocumentKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Embedded
    public DecisionRef decision;

    @Override
    public String toString() {
        return kind + " " + title + (adoptedOn == null ? "" : " " + adoptedOn) + (decision == null ? "" : " " + decision);
    }
}

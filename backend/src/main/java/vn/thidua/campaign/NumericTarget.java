package vn.thidua.campaign;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One numeric target of a registration: "Giải ngân vốn đầu tư công" 95 "%". */
@Embeddable
public class NumericTarget {

    @Column(nullable = false)
    public String name;

    @Column(name = "target_value", nullable = false, precision = 18, scale = 4)
    public BigDecimal value;

    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;
}

package vn.thidua.unit;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** Kinds of member bodies: Sở, Ban, Quỹ, Cục, Hội/Liên minh (mass and socio-economic organisations), other. */
public enum UnitKind implements Labelled {
    SO(Text.of("Sở", "Department")),
    BAN(Text.of("Ban", "Board")),
    QUY(Text.of("Quỹ", "Fund")),
    CUC(Text.of("Cục", "Agency")),
    HOI(Text.of("Hội, đoàn thể", "Association")),
    KHAC(Text.of("Khác", "Other"));

    private final Text label;

    UnitKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}

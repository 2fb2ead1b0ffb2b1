package vn.thidua.bloc;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** KHOI: khối thi đua (by sector); CUM: cụm thi đua (by area). */
public enum BlocKind implements Labelled {
    KHOI(Text.of("Khối thi đua", "Sector bloc")),
    CUM(Text.of("Cụm thi đua", "Area cluster"));

    private final Text label;

    BlocKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}

package vn.thidua.bloc;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

public enum BlocStatus implements Labelled {
    ACTIVE(Text.of("Đang hoạt động", "Active")),
    DISSOLVED(Text.of("Đã giải thể", "Dissolved"));

    private final Text label;

    BlocStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}

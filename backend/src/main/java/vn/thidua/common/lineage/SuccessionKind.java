package vn.thidua.common.lineage;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** How a unit or province changes: đổi tên, sáp nhập/hợp nhất, chia tách, giải thể. */
public enum SuccessionKind implements Labelled {
    RENAME(Text.of("Đổi tên", "Rename")),
    MERGE(Text.of("Sáp nhập", "Merger")),
    SPLIT(Text.of("Chia tách", "Split")),
    DISSOLVE(Text.of("Giải thể", "Dissolution"));

    private final Text label;

    SuccessionKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}

package vn.thidua.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/**
 * How the reviewers' points of one criterion become its final points: the single reviewer's, the mean,
 * the median, or the trimmed mean (the highest and the lowest dropped; the plain mean below three
 * reviewers). Results round half up to two decimals, never above the largest input.
 */
@Schema(name = "ScoreAggregation")
public enum Aggregation implements Labelled {
    REVIEWED(Text.of("Điểm của đơn vị chấm chéo", "The reviewer's score")),
    MEAN(Text.of("Trung bình cộng các đơn vị chấm", "Mean of the reviewers")),
    MEDIAN(Text.of("Trung vị các đơn vị chấm", "Median of the reviewers")),
    TRIMMED_MEAN(Text.of("Trung bình sau khi bỏ điểm cao nhất và thấp nhất", "Mean without the highest and lowest"));

    private final Text label;

    Aggregation(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }

    /** The final points of one criterion from its reviewers' points (at least one). */
    public BigDecimal combine(List<BigDecimal> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no reviewer's points to combine");
        }
        List<BigDecimal> sorted = new ArrayList<>(points);
        sorted.sort(null);
        return switch (this) {
            case REVIEWED -> sorted.size() == 1 ? sorted.get(0) : mean(sorted);
            case MEAN -> mean(sorted);
            case MEDIAN -> median(sorted);
            case TRIMMED_MEAN -> sorted.size() < 3 ? mean(sorted) : mean(sorted.subList(1, sorted.size() - 1));
        };
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).setScale(2, RoundingMode.HALF_UP)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
}

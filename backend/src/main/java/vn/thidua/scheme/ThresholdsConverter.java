package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Thresholds as one column, "80:4;100:5" (percent:points, ascending). */
@Converter
public class ThresholdsConverter implements AttributeConverter<List<Threshold>, String> {

    @Override
    public String convertToDatabaseColumn(List<Threshold> thresholds) {
        return thresholds == null || thresholds.isEmpty() ? null : thresholds.stream()
                .map(t -> t.atLeastPercent().toPlainString() + ":" + t.points().toPlainString()).collect(Collectors.joining(";"));
    }

    @Override
    public List<Threshold> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split(";")).map(pair -> {
            String[] parts = pair.split(":");
            return new Threshold(new BigDecimal(parts[0]), new BigDecimal(parts[1]));
        }).toList();
    }
}

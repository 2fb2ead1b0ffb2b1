package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A row's points per group as a JSON object in the scheme's order: {"I": "50.00", "II": "40.00"}. */
@Converter
public class GroupPointsConverter implements AttributeConverter<Map<String, BigDecimal>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(Map<String, BigDecimal> points) {
        Map<String, String> plain = new LinkedHashMap<>();
        (points == null ? Map.<String, BigDecimal>of() : points).forEach((k, v) -> plain.put(k, v.toPlainString()));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, BigDecimal> convertToEntityAttribute(String stored) {
        try {
            Map<String, String> plain = JSON.readValue(stored == null ? "{}" : stored, new TypeReference<LinkedHashMap<String, String>>() {
            });
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            plain.forEach((k, v) -> points.put(k, new BigDecimal(v)));
            return points;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

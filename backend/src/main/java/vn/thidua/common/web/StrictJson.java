package vn.thidua.common.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Dates are ISO "yyyy-MM-dd" strings in years 1900..2200, nothing else: Jackson would otherwise read
 * 20240101 as an epoch day (year 57385) and the database would refuse it.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new IsoDate()));
    }

    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= 1900 && date.getYear() <= 2200) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected yyyy-MM-dd, 1900..2200");
        }
    }
}

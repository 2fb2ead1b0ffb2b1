package vn.thidua.common.web;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.error.UnsafeTextException;

/**
 * Request bodies are read strictly, once for every DTO: duplicate keys, content after the value and
 * type coercion ("code": 1234, "name": true, "year": "2023", 2.5 for an integer) are refused; dates
 * are ISO "yyyy-MM-dd" in 1900..2200 (Jackson would read 20240101 as an epoch day); enum values are
 * exact (Jackson would trim " SO"); every string is
 * NFC-normalised and refused when it holds control characters (tab and line breaks only where
 * {@link MultiLine}), bidi controls (U+202A–U+202E, U+2066–U+2069) or lone surrogates.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** A free-text field that may hold line breaks and tabs (descriptions, reasons). */
    @Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
    @Retention(RetentionPolicy.RUNTIME)
    public @interface MultiLine {
    }

    @Override
    public int priority() {
        // after Quarkus' own customizers, so these deserializers win over the JavaTimeModule's
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("strict-json").addDeserializer(LocalDate.class, new IsoDate())
                .addDeserializer(String.class, new SafeText(false)).setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription description, JsonDeserializer<?> deserializer) {
                        return new ExactEnum(deserializer, type.getRawClass());
                    }
                }));
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

    /** Enum values exactly as the contract lists them: Jackson would trim " SO" into SO. */
    static final class ExactEnum extends StdDeserializer<Object> implements ContextualDeserializer {

        private final JsonDeserializer<?> delegate;

        ExactEnum(JsonDeserializer<?> delegate, Class<?> type) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                    ? c.createContextual(context, property) : delegate;
            return contextual == delegate ? this : new ExactEnum(contextual, handledType());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (!text.equals(text.strip())) {
                    return context.handleWeirdStringValue(handledType(), text, "an enum value has no surrounding spaces");
                }
            }
            return delegate.deserialize(parser, context);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }

    /** Strings only from JSON strings, checked and NFC-normalised. */
    static final class SafeText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        SafeText(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean lines = property != null && property.getAnnotation(MultiLine.class) != null;
            return lines == multiLine ? this : new SafeText(lines);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            check(parser, text, multiLine);
            return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        }

        @Override
        public String getNullValue(DeserializationContext context) {
            return null;
        }
    }

    static void check(JsonParser parser, String text, boolean multiLine) throws UnsafeTextException {
        Refusal refusal = refusal(text, multiLine);
        if (refusal != null) {
            throw new UnsafeTextException(parser, refusal.code(), refusal.text());
        }
    }

    /** A text field that did not come through JSON (a multipart form field): 400 on the field when the text rules refuse it. */
    public static String requireSafe(String field, String text, boolean multiLine) {
        Refusal refusal = text == null ? null : refusal(text, multiLine);
        if (refusal != null) {
            throw DomainException.invalid(refusal.code(), field, refusal.text());
        }
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private record Refusal(String code, Text text) {
    }

    private static Refusal refusal(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Refusal("TEXT_LONE_SURROGATE", Text.of(
                        "chứa ký tự Unicode không hợp lệ (nửa cặp thay thế)", "holds an invalid Unicode character (lone surrogate)"));
            } else if (c == '\u0000' || (Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))) {
                return new Refusal("TEXT_CONTROL_CHARACTER", Text.of(
                        "chứa ký tự điều khiển (U+" + hex(c) + ")", "holds a control character (U+" + hex(c) + ")"));
            } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return new Refusal("TEXT_BIDI_CONTROL", Text.of(
                        "chứa ký tự điều khiển hướng chữ (U+" + hex(c) + ")", "holds a bidi control character (U+" + hex(c) + ")"));
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return new Refusal("TEXT_NONCHARACTER", Text.of(
                        "chứa ký tự Unicode không dùng được (U+" + hex(c) + ")", "holds a Unicode noncharacter (U+" + hex(c) + ")"));
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}

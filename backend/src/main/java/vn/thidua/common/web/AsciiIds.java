package vn.thidua.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Numbers in paths, queries and forms are ASCII digits only: Java's Long.valueOf also reads other
 * scripts' digits, so {@code /terms/１} (fullwidth) named term 1. Anything else fails conversion
 * (404 for a path, 400 for a query or form value), as "abc" does.
 */
@Provider
public class AsciiIds implements ParamConverterProvider {

    static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        if (raw == Long.class) {
            return (ParamConverter<T>) new Ascii<>(Long::valueOf);
        }
        if (raw == Integer.class) {
            return (ParamConverter<T>) new Ascii<>(Integer::valueOf);
        }
        return null;
    }

    /** The text is an ASCII integer (throws NumberFormatException otherwise, as Long.valueOf does). */
    public static String check(String text) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            throw new NumberFormatException("not an ASCII integer");
        }
        return text;
    }

    private record Ascii<T>(java.util.function.Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            return value == null ? null : parse.apply(check(value));
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}

package vn.thidua.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string refused by the text rules (control or bidi characters, lone surrogates); a 400 on its field. */
public class UnsafeTextException extends InvalidFormatException {

    private final String code;
    private final transient Text text;

    public UnsafeTextException(JsonParser parser, String code, Text message) {
        super(parser, code + ": " + message.en(), null, String.class);
        this.code = DomainException.requireCode(code);
        this.text = message;
    }

    public String code() {
        return code;
    }

    public Text message() {
        return text;
    }
}

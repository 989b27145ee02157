package news.dateline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes our own values as JSON, where failing is a bug (a type Jackson cannot write), never a client's mistake: so
 * the checked exception becomes an unchecked one, once, here.
 */
public final class Json {

    private Json() {
    }

    public static String string(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw notWritable(value, e);
        }
    }

    public static byte[] bytes(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw notWritable(value, e);
        }
    }

    private static IllegalStateException notWritable(Object value, JsonProcessingException e) {
        return new IllegalStateException(value.getClass().getSimpleName() + " could not be written as JSON", e);
    }
}

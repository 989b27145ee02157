package news.dateline.web.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Explains a JSON body that could not be read, in the client's terms: which field, what was expected.
 * Jackson's own messages name Java classes, so they are never passed on.
 */
public final class JsonErrors {

    static final String NUL_CHARACTER = "must not contain the NUL character (U+0000)";

    private JsonErrors() {
    }

    public static ProblemException toProblem(JsonProcessingException e) {
        if (e instanceof StreamReadException read && !(e instanceof JsonMappingException)) {
            var location = read.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return new ProblemException(ProblemKind.BAD_REQUEST, "The request body is not well-formed JSON" + where);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String message = messageFor(mapping);
            return new ProblemException(ProblemKind.BAD_REQUEST,
                    field.isEmpty() ? "The request body " + message : "Field '" + field + "' " + message,
                    List.of(new FieldError(field.isEmpty() ? "body" : field, message)));
        }
        return new ProblemException(ProblemKind.BAD_REQUEST, "The request body could not be read as JSON");
    }

    private static String messageFor(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known property";
        }
        if (e instanceof NulCharacterException) {
            return NUL_CHARACTER;
        }
        Class<?> target = e instanceof InvalidFormatException format ? format.getTargetType()
                : e instanceof MismatchedInputException mismatch
                        ? mismatch.getTargetType() : null;
        return target == null ? "has a value that cannot be read" : "must be " + describe(target);
    }

    /** A string with U+0000 in it, which PostgreSQL cannot store. */
    public static final class NulCharacterException extends MismatchedInputException {

        public NulCharacterException(JsonParser parser) {
            super(parser, NUL_CHARACTER, String.class);
        }
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number in range";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 UTC timestamp such as 2024-12-05T08:00:00Z";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of a different type";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

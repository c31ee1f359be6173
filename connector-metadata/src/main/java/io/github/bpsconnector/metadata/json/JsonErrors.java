package io.github.bpsconnector.metadata.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.CodeLists;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into the typed {@link MetadataJsonException}s, so none of Jackson's escapes. */
final class JsonErrors {

    private JsonErrors() {
    }

    static MetadataJsonException translate(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        if (!(e instanceof JsonMappingException)) {
            return new MalformedMetadataJsonException(line, column,
                    "Not well-formed JSON at line " + line + ", column " + column + ": " + e.getOriginalMessage(), e);
        }
        JsonMappingException mapping = (JsonMappingException) e;
        String path = pointer(mapping);
        String at = " at " + (path.isEmpty() ? "the root" : path) + " (line " + line + ", column " + column + ")";
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
            return new UnknownMetadataFieldException(path, unknown.getPropertyName(), line, column,
                    "Unknown field '" + unknown.getPropertyName() + "'" + at + "; known fields: "
                            + unknown.getKnownPropertyIds(), e);
        }
        return new InvalidMetadataValueException(path, line, column, "Invalid value" + at + ": " + reason(mapping), e);
    }

    static MalformedMetadataJsonException malformed(JsonLocation location, String what) {
        int line = location.getLineNr();
        int column = location.getColumnNr();
        return new MalformedMetadataJsonException(line, column,
                "Not a single JSON document at line " + line + ", column " + column + ": " + what, null);
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof InvalidFormatException) {
            Class<?> target = ((InvalidFormatException) e).getTargetType();
            if (target != null && target.isEnum() && CodeList.class.isAssignableFrom(target)) {
                Object value = ((InvalidFormatException) e).getValue();
                return "'" + value + "' is not a named value of " + target.getSimpleName() + " ("
                        + CodeLists.formItem(target.asSubclass(CodeList.class)) + "); expected one of "
                        + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
            }
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        return e.getOriginalMessage();
    }

    /** The exception's reference chain as a JSON Pointer (RFC 6901). */
    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}

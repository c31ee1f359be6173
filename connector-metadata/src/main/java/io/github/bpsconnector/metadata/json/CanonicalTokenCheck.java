package io.github.bpsconnector.metadata.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The first of the two passes of reading: streams the tokens once, without binding, and rejects what is not a
 * single well-formed JSON document (with line and column), and the two spellings of "absent" that the canonical
 * form leaves out instead: an explicit {@code null} and blank text. Jackson's binding cannot tell an explicit
 * {@code null} from a missing field in a record, hence this pass.
 */
final class CanonicalTokenCheck {

    private CanonicalTokenCheck() {
    }

    static void check(JsonFactory factory, byte[] json) {
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() == null) {
                throw JsonErrors.malformed(p.currentLocation(), "the input is empty");
            }
            do {
                JsonToken token = p.currentToken();
                if (token == JsonToken.VALUE_NULL) {
                    throw absent(p, "null is not allowed; leave the field out instead");
                }
                if (token == JsonToken.VALUE_STRING && p.getText().isBlank()) {
                    throw absent(p, "blank text is not allowed; leave the field out instead");
                }
            } while (p.nextToken() != null && !atRootEnd(p));
            if (p.nextToken() != null) {
                throw JsonErrors.malformed(p.currentTokenLocation(), "unexpected data after the JSON document");
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e);
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory failed", e);
        }
    }

    /** Whether the token just read closes the root value (so the document is complete). */
    private static boolean atRootEnd(JsonParser p) {
        return p.getParsingContext().inRoot() && (p.currentToken().isStructEnd() || p.currentToken().isScalarValue());
    }

    private static InvalidMetadataValueException absent(JsonParser p, String why) {
        JsonLocation location = p.currentTokenLocation();
        String path = pointer(p.getParsingContext());
        return new InvalidMetadataValueException(path, location.getLineNr(), location.getColumnNr(),
                "Invalid value at " + (path.isEmpty() ? "the root" : path) + " (line " + location.getLineNr()
                        + ", column " + location.getColumnNr() + "): " + why, null);
    }

    /** The JSON Pointer of the current value, from the parser's context chain. */
    private static String pointer(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push(String.valueOf(c.getCurrentIndex()));
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName().replace("~", "~0").replace("/", "~1"));
            }
        }
        StringBuilder pointer = new StringBuilder();
        parts.forEach(part -> pointer.append('/').append(part));
        return pointer.toString();
    }
}

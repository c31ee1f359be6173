package io.github.bpsconnector.core.http;

import io.github.bpsconnector.core.log.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * The body of a {@link PortalRequest}: form fields, a JSON document, or any {@link HttpEntity} (multipart uploads).
 * A fresh entity is made for every attempt, so form and JSON bodies can always be sent again; an entity given
 * directly can be sent again only if it {@linkplain HttpEntity#isRepeatable() is repeatable}.
 */
public sealed interface RequestBody permits RequestBody.Form, RequestBody.Json, RequestBody.Entity {

    /** Form fields in order, sent as {@code application/x-www-form-urlencoded} in UTF-8. */
    static RequestBody form(List<? extends NameValuePair> fields) {
        return new Form(List.copyOf(fields));
    }

    /** Form fields in the map's iteration order (use a {@link java.util.LinkedHashMap} to keep an order). */
    static RequestBody form(Map<String, String> fields) {
        List<NameValuePair> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(new BasicNameValuePair(name, value)));
        return new Form(List.copyOf(pairs));
    }

    /** A JSON document, sent as {@code application/json} in UTF-8. */
    static RequestBody json(String json) {
        return new Json(json);
    }

    /** Any entity, e.g. a multipart upload streamed from a file. */
    static RequestBody entity(HttpEntity entity) {
        return new Entity(entity);
    }

    /** The entity to send for one attempt. */
    HttpEntity toEntity();

    /** Whether the body can be sent a second time. */
    boolean repeatable();

    /** A description for logs: form values through the redactor, never JSON or entity content. */
    String describe(Redactor redactor);

    /**
     * Form fields.
     *
     * @param fields the fields, in order
     */
    record Form(List<NameValuePair> fields) implements RequestBody {
        public Form {
            fields = List.copyOf(fields);
        }

        @Override
        public HttpEntity toEntity() {
            return new UrlEncodedFormEntity(fields, StandardCharsets.UTF_8);
        }

        @Override
        public boolean repeatable() {
            return true;
        }

        @Override
        public String describe(Redactor redactor) {
            return "form " + redactor.formFields(fields);
        }

        /** Field names only: values may be secrets. */
        @Override
        public String toString() {
            return "Form" + fields.stream().map(NameValuePair::getName).toList();
        }
    }

    /**
     * A JSON document.
     *
     * @param json the document
     */
    record Json(String json) implements RequestBody {
        public Json {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public HttpEntity toEntity() {
            return new StringEntity(json, ContentType.APPLICATION_JSON);
        }

        @Override
        public boolean repeatable() {
            return true;
        }

        @Override
        public String describe(Redactor redactor) {
            return "JSON body of " + json.getBytes(StandardCharsets.UTF_8).length + " bytes";
        }

        /** The size only: the document may hold a password or token. */
        @Override
        public String toString() {
            return "Json[" + json.length() + " chars]";
        }
    }

    /**
     * Any entity.
     *
     * @param entity the entity, sent as it is
     */
    record Entity(HttpEntity entity) implements RequestBody {
        public Entity {
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public HttpEntity toEntity() {
            return entity;
        }

        @Override
        public boolean repeatable() {
            return entity.isRepeatable();
        }

        @Override
        public String describe(Redactor redactor) {
            return "entity " + entity.getContentType() + " of " + entity.getContentLength() + " bytes";
        }

        @Override
        public String toString() {
            return "Entity[" + entity.getContentType() + "]";
        }
    }
}

package org.papergraph.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The paths of an OpenAPI 3 document, as each route describes the URLs it answers ({@link ReadOnlyServlet#describe},
 * {@link SparqlApi}): per path and method, its summary, parameters, request body and the statuses it answers with
 * and their media types. Written with Jakarta JSON, the server's JSON API.
 */
final class ApiPaths {
    /** Operations by path, in the order described, then by method. */
    private final Map<String, Map<String, Operation>> paths = new LinkedHashMap<>();

    Operation get(String path, String summary) { return add(path, "get", summary); }

    Operation post(String path, String summary) { return add(path, "post", summary); }

    private Operation add(String path, String method, String summary) {
        Operation op = new Operation(summary);
        if (paths.computeIfAbsent(path, p -> new LinkedHashMap<>()).putIfAbsent(method, op) != null)
            throw new IllegalStateException(method.toUpperCase() + " " + path + " is described twice");
        return op;
    }

    /** The {@code paths} object. */
    JsonObject build() {
        JsonObjectBuilder out = Json.createObjectBuilder();
        paths.forEach((path, methods) -> {
            JsonObjectBuilder item = Json.createObjectBuilder();
            methods.forEach((method, op) -> item.add(method, op.build()));
            out.add(path, item);
        });
        return out.build();
    }

    /** A string's schema. */
    static JsonObjectBuilder string() { return Json.createObjectBuilder().add("type", "string"); }

    /** A whole number's schema, from {@code min}. */
    static JsonObjectBuilder integer(int min) { return Json.createObjectBuilder().add("type", "integer").add("minimum", min); }

    /** A schema of one of these strings. */
    static JsonObjectBuilder oneOf(Collection<String> values) {
        JsonArrayBuilder e = Json.createArrayBuilder();
        values.forEach(e::add);
        return string().add("enum", e);
    }

    /** One method of one path. */
    static final class Operation {
        private final String summary;
        private String description;
        private final List<JsonObjectBuilder> parameters = new ArrayList<>();
        private JsonObjectBuilder body;
        private final Map<String, JsonObjectBuilder> responses = new LinkedHashMap<>();

        private Operation(String summary) { this.summary = summary; }

        Operation description(String text) {
            this.description = text;
            return this;
        }

        /** A parameter of the path's template: required, a string of its own schema. */
        Operation pathParam(String name, JsonObjectBuilder schema, String description) {
            return param("path", name, schema, true, description);
        }

        /** An optional parameter of the query string. */
        Operation queryParam(String name, JsonObjectBuilder schema, String description) {
            return param("query", name, schema, false, description);
        }

        Operation param(String in, String name, JsonObjectBuilder schema, boolean required, String description) {
            JsonObjectBuilder p = Json.createObjectBuilder().add("name", name).add("in", in).add("required", required);
            if (!description.isEmpty()) p.add("description", description);
            parameters.add(p.add("schema", schema));
            return this;
        }

        /** The request's body: text in a media type of its own, or an HTML form's fields, all text. */
        Operation body(String description, String textType, String formType, List<String> fields) {
            JsonObjectBuilder properties = Json.createObjectBuilder();
            JsonArrayBuilder required = Json.createArrayBuilder();
            for (String f : fields) {
                properties.add(f, string());
                required.add(f);
            }
            JsonObjectBuilder form = Json.createObjectBuilder().add("type", "object").add("properties", properties).add("required", required);
            body = Json.createObjectBuilder().add("description", description).add("required", true)
                    .add("content", Json.createObjectBuilder()
                            .add(textType, Json.createObjectBuilder().add("schema", string()))
                            .add(formType, Json.createObjectBuilder().add("schema", form)));
            return this;
        }

        /** An answer with a body in any of these media types (a document: a string of bytes). */
        Operation answers(int status, String description, Collection<String> mediaTypes) {
            JsonObjectBuilder r = Json.createObjectBuilder().add("description", description);
            if (!mediaTypes.isEmpty()) r.add("content", content(mediaTypes, string()));
            if (responses.putIfAbsent(Integer.toString(status), r) != null)
                throw new IllegalStateException("status " + status + " is described twice");
            return this;
        }

        /** An answer with no body of note: a redirect, an error (its one line of text or page). */
        Operation answers(int status, String description) { return answers(status, description, List.of()); }

        /** The answers of a document whose validators come from the store's load ({@link Generation}). */
        Operation revalidated() {
            return answers(304, "Not modified since the ETag or Last-Modified given (they change with each load)");
        }

        private static JsonObjectBuilder content(Collection<String> mediaTypes, JsonObjectBuilder schema) {
            JsonObject s = schema.build();
            JsonObjectBuilder c = Json.createObjectBuilder();
            for (String t : mediaTypes) c.add(t, Json.createObjectBuilder().add("schema", s));
            return c;
        }

        private JsonObject build() {
            JsonObjectBuilder op = Json.createObjectBuilder().add("summary", summary);
            if (description != null) op.add("description", description);
            if (!parameters.isEmpty()) {
                JsonArrayBuilder ps = Json.createArrayBuilder();
                parameters.forEach(ps::add);
                op.add("parameters", ps);
            }
            if (body != null) op.add("requestBody", body);
            JsonObjectBuilder rs = Json.createObjectBuilder();
            responses.forEach(rs::add);
            return op.add("responses", rs).build();
        }
    }
}

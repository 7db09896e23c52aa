package org.vanban.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answer of every operation in the OpenAPI contract: {@link ProblemMappers} answers every
 * error as an RFC 9457 {@link Problem}, so each operation's {@code default} response is that schema, in one place
 * rather than repeated on every resource method. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
        components.addSchema(SCHEMA, problemSchema());
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            APIResponses responses = operation.getResponses() != null ? operation.getResponses()
                    : OASFactory.createAPIResponses();
            if (responses.getDefaultValue() == null) {
                responses.setDefaultValue(OASFactory.createAPIResponse()
                        .description("An error: 400 for a parameter to change (the problem names it), 401/403 for a"
                                + " write without the key, 404, 409, 413, 415 for a refused file, 503 with"
                                + " Retry-After when the service is busy")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/" + SCHEMA)))));
            }
            operation.setResponses(responses);
        }));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. 'type' is stable; 'detail' says what to change.")
                .addProperty("type", text("A stable URI naming the kind of error, e.g. .../problems/invalid-parameter"))
                .addProperty("title", text("A short summary of the kind of error"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", text("What went wrong with this request and what to change"))
                .addProperty("instance", text("The path of the request"))
                .addRequired("type").addRequired("title").addRequired("status");
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}

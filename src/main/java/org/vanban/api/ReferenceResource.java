package org.vanban.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vanban.index.InvalidQueryException;
import org.vanban.store.NumberKeys;
import org.vanban.store.ReferenceQueries;
import org.vanban.store.Views.CitingDocument;
import org.vanban.store.Views.Graph;

@Path("/api")
@Tag(name = "References")
public class ReferenceResource {

    @Inject
    ReferenceQueries references;

    @GET
    @Path("/references")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Documents citing a number (45-NQ/TW), whether or not it is stored here")
    public PageDto<CitingDocument> citing(@QueryParam("number") String number) {
        List<CitingDocument> items = references.citing(NumberKeys.of(Params.required("number", number)), null);
        return new PageDto<>(items, items.size(), 0, items.size());
    }

    @GET
    @Path("/graph")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The citation graph around a document (or all of it): nodes and typed edges")
    public Graph graph(@QueryParam("document") Long document, @QueryParam("depth") Integer depth) {
        int d = depth == null ? 1 : depth;
        if (d < 1 || d > ReferenceQueries.MAX_DEPTH) {
            throw new InvalidQueryException("depth", "depth must be between 1 and " + ReferenceQueries.MAX_DEPTH + ".");
        }
        return references.graph(document, d);
    }
}

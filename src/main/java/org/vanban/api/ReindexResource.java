package org.vanban.api;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vanban.ingest.IngestService;

@Path("/api/reindex")
@Tag(name = "Documents")
public class ReindexResource {

    @Inject
    IngestService ingest;

    @POST
    @WriteAccess
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the whole search index from the database")
    public Map<String, Integer> reindex() {
        return Map.of("documents", ingest.rebuildIndex());
    }
}

package org.vanban.api;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vanban.index.InvalidQueryException;
import org.vanban.store.DocumentQueries;

@Path("/api/feed.atom")
@Tag(name = "Documents")
public class FeedResource {

    static final int DEFAULT_LIMIT = 50;

    @Inject
    DocumentQueries queries;

    @GET
    @Produces(AtomWriter.MEDIA_TYPE)
    @Operation(summary = "Newly ingested or replaced documents with their task counts, newest first (Atom 1.0)")
    public Response feed(@QueryParam("limit") Integer limit, @Context UriInfo uri, @Context Request request) {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > Paging.MAX_SIZE) {
            throw new InvalidQueryException("limit", "limit must be between 1 and " + Paging.MAX_SIZE + ".");
        }
        AtomFeed feed = DocumentFeed.of(queries.recent(n), uri.getBaseUri(), OffsetDateTime.now());
        Date lastModified = Date.from(feed.updated().toInstant().truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(AtomWriter.write(feed), AtomWriter.MEDIA_TYPE + "; charset=UTF-8")
                .lastModified(lastModified).build();
    }
}

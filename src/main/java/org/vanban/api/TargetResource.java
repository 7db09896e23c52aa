package org.vanban.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vanban.store.DocumentQueries;
import org.vanban.store.TargetQueries;
import org.vanban.store.Views.IndicatorView;
import org.vanban.store.Views.TargetView;

@Path("/api")
@Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
@Tag(name = "Targets")
public class TargetResource {

    @Inject
    TargetQueries targets;

    @GET
    @Path("/targets")
    @Operation(summary = "Targets (chỉ tiêu), filtered by document, horizon year and words")
    public PageDto<TargetView> targets(@QueryParam("document") Long document, @QueryParam("year") Integer year,
            @QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        DocumentQueries.Page<TargetView> result = targets.find(document, year, q, paging.page(), paging.size());
        return new PageDto<>(result.items(), result.total(), paging.page(), paging.size());
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Targets grouped by indicator, each with its timeline across documents")
    public PageDto<IndicatorView> indicators(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        DocumentQueries.Page<IndicatorView> result = targets.indicators(q, paging.page(), paging.size());
        return new PageDto<>(result.items(), result.total(), paging.page(), paging.size());
    }
}

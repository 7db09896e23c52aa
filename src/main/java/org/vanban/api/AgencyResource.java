package org.vanban.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vanban.agency.AgencyType;
import org.vanban.store.AgencyQueries;
import org.vanban.store.AgencyQueries.AgencyView;
import org.vanban.store.DocumentQueries;
import org.vanban.store.TaskQueries;
import org.vanban.store.TaskQueries.Role;
import org.vanban.store.TaskQueries.TaskFilter;
import org.vanban.store.Views.TaskView;

@Path("/api/agencies")
@Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
@Tag(name = "Agencies")
public class AgencyResource {

    @Inject
    AgencyQueries agencies;

    @Inject
    TaskQueries tasks;

    @GET
    @Operation(summary = "Agencies by name or alias, with or without diacritics; groups are never agencies")
    public PageDto<AgencyView> list(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        List<AgencyView> all = agencies.find(q, Params.choice("type", type, AgencyType.class, null));
        List<AgencyView> items = all.stream().skip(paging.offset()).limit(paging.size()).toList();
        return new PageDto<>(items, all.size(), paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One agency")
    public AgencyView get(@PathParam("id") String id) {
        return agencies.byId(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("/{id}/tasks")
    @Operation(summary = "The tasks naming an agency, as lead, cooperating or either")
    public PageDto<TaskView> tasks(@PathParam("id") String id, @QueryParam("role") String role,
            @QueryParam("inherited") boolean inherited, @QueryParam("asOf") String asOf,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        AgencyView agency = agencies.byId(id).orElseThrow(() -> unknown(id));
        List<String> ids = inherited ? agencies.withPredecessors(agency.id()) : List.of(agency.id());
        TaskFilter filter = new TaskFilter(ids, Params.choice("role", role, Role.class, Role.ANY), null, null, null,
                null, null, Params.asOf(asOf), inherited ? agency.id() : null);
        DocumentQueries.Page<TaskView> result = tasks.find(filter, paging.page(), paging.size());
        return new PageDto<>(result.items(), result.total(), paging.page(), paging.size());
    }

    /** Counts of an agency's tasks by due status and role, as of a day. */
    public record Summary(AgencyView agency, java.time.LocalDate asOf, boolean inherited,
            java.util.Map<String, java.util.Map<String, Long>> byRole) {
    }

    @GET
    @Path("/{id}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An agency scorecard: task counts by due status and role as of a day (default today)")
    public Summary summary(@PathParam("id") String id, @QueryParam("asOf") String asOf,
            @QueryParam("inherited") boolean inherited) {
        AgencyView agency = agencies.byId(id).orElseThrow(() -> unknown(id));
        java.time.LocalDate day = Params.asOf(asOf);
        return new Summary(agency, day, inherited, agencies.summary(agency.id(), day, inherited));
    }

    private static NotFoundProblem unknown(String id) {
        return new NotFoundProblem("No agency has id '" + id + "'; find ids with GET /api/agencies?q=<name>.");
    }
}

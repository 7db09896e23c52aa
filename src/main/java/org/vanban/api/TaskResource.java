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
import org.vanban.store.AgencyQueries;
import org.vanban.store.DocumentQueries;
import org.vanban.store.TaskQueries;
import org.vanban.store.TaskQueries.Role;
import org.vanban.store.TaskQueries.TaskFilter;
import org.vanban.store.Views.TaskView;

@Path("/api/tasks")
@Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
@Tag(name = "Tasks")
public class TaskResource {

    @Inject
    TaskQueries tasks;

    @Inject
    AgencyQueries agencies;

    @GET
    @Operation(summary = "Tasks, filtered by agency (id, name or abbreviation), role, document, words and deadline")
    public PageDto<TaskView> list(@QueryParam("agency") String agency, @QueryParam("role") String role,
            @QueryParam("document") Long document, @QueryParam("q") String q, @QueryParam("dueFrom") String dueFrom,
            @QueryParam("dueTo") String dueTo, @QueryParam("overdueAsOf") String overdueAsOf,
            @QueryParam("asOf") String asOf, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        List<String> agencyIds = agency == null || agency.isBlank() ? null : agencies.resolve(agency);
        TaskFilter filter = new TaskFilter(agencyIds, Params.choice("role", role, Role.class, Role.ANY), document, q,
                Params.date("dueFrom", dueFrom), Params.date("dueTo", dueTo),
                Params.date("overdueAsOf", overdueAsOf), Params.asOf(asOf), null);
        DocumentQueries.Page<TaskView> result = tasks.find(filter, paging.page(), paging.size());
        return new PageDto<>(result.items(), result.total(), paging.page(), paging.size());
    }
}

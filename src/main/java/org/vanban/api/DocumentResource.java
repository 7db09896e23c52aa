package org.vanban.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.vanban.config.VanbanConfig;
import org.vanban.ingest.FileNames;
import org.vanban.ingest.IngestOutcome;
import org.vanban.ingest.IngestReport;
import org.vanban.ingest.IngestService;
import org.vanban.ingest.RejectedInputException;
import org.vanban.ingest.RejectionReason;
import org.vanban.store.DocumentQueries;
import org.vanban.store.ReferenceQueries;
import org.vanban.store.Views.CitingDocument;
import org.vanban.store.Views.ReferenceView;
import org.vanban.store.Views.ClauseView;
import org.vanban.store.Views.DocumentDetail;
import org.vanban.store.Views.DocumentSummary;

@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    DocumentQueries queries;

    @Inject
    IngestService ingest;

    @Inject
    VanbanConfig config;

    @Inject
    ReferenceQueries references;

    /** The answer to a write: the document and what ingesting it produced. */
    public record IngestResponse(DocumentDetail document, IngestReport report) {
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "Every document, one page at a time")
    public PageDto<DocumentSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        DocumentQueries.Page<DocumentSummary> result = queries.list(paging.page(), paging.size());
        return new PageDto<>(result.items(), result.total(), paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its header and counts")
    public DocumentDetail get(@PathParam("id") long id) {
        return queries.detail(id);
    }

    @GET
    @Path("/{id}/text")
    @Operation(summary = "The normalized text that clause offsets index")
    public Map<String, String> text(@PathParam("id") long id) {
        return Map.of("text", queries.text(id));
    }

    @GET
    @Path("/{id}/clauses")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "The clauses in document order")
    public PageDto<ClauseView> clauses(@PathParam("id") long id) {
        List<ClauseView> all = queries.clauses(id);
        return new PageDto<>(all, all.size(), 0, all.size());
    }

    @GET
    @Path("/{id}/clauses/{path}")
    @Operation(summary = "One clause with the paths of its children")
    public ClauseView clause(@PathParam("id") long id, @PathParam("path") String path) {
        ClauseView clause = queries.clause(id, path);
        if (clause == null) {
            throw new NotFoundProblem("Document " + id + " has no clause '" + path
                    + "'; list its clauses with GET /api/documents/" + id + "/clauses.");
        }
        return clause;
    }

    @GET
    @Path("/{id}/references")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "The documents this one cites, resolved to stored documents where possible")
    public PageDto<ReferenceView> references(@PathParam("id") long id) {
        List<ReferenceView> items = references.referencesOf(id);
        return new PageDto<>(items, items.size(), 0, items.size());
    }

    @GET
    @Path("/{id}/cited-by")
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "The documents that cite this one by its number")
    public PageDto<CitingDocument> citedBy(@PathParam("id") long id) {
        List<CitingDocument> items = references.citedBy(id);
        return new PageDto<>(items, items.size(), 0, items.size());
    }

    @POST
    @WriteAccess
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Ingest a file sent as the multipart part 'file'")
    public Response uploadMultipart(@RestForm("file") FileUpload file) throws RejectedInputException, IOException {
        if (file == null) {
            throw new org.vanban.index.InvalidQueryException("file",
                    "Send the document as a multipart part named 'file'.");
        }
        if (file.size() > config.maxUploadBytes()) {
            throw tooLarge();
        }
        return created(ingest.ingest(Files.readAllBytes(file.uploadedFile()), FileNames.sanitize(file.fileName())));
    }

    @POST
    @WriteAccess
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Ingest a file sent as the raw request body; name it with ?filename=")
    public Response uploadRaw(InputStream body, @QueryParam("filename") String filename)
            throws RejectedInputException, IOException {
        return created(ingest.ingest(readLimited(body), FileNames.sanitize(filename)));
    }

    @PUT
    @Path("/{id}")
    @WriteAccess
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replace a document's content, keeping its id")
    public IngestResponse replace(@PathParam("id") long id, InputStream body, @QueryParam("filename") String filename)
            throws RejectedInputException, IOException {
        String name = filename == null ? ingest.sourceNameOf(id) : FileNames.sanitize(filename);
        IngestOutcome outcome = ingest.replace(id, readLimited(body), name);
        return new IngestResponse(queries.detail(outcome.documentId()), outcome.report());
    }

    @DELETE
    @Path("/{id}")
    @WriteAccess
    @Operation(summary = "Remove a document from the database and the index")
    public Response delete(@PathParam("id") long id) {
        ingest.delete(id);
        return Response.noContent().build();
    }

    private Response created(IngestOutcome outcome) {
        IngestResponse body = new IngestResponse(queries.detail(outcome.documentId()), outcome.report());
        if (!outcome.created()) {
            return Response.ok(body).build();
        }
        return Response.created(URI.create("/api/documents/" + outcome.documentId())).entity(body).build();
    }

    /** Reads the body, refusing it as soon as it passes the limit rather than after buffering it all. */
    private byte[] readLimited(InputStream body) throws IOException, RejectedInputException {
        long limit = config.maxUploadBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = body.read(buffer)) != -1;) {
            total += n;
            if (total > limit) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private RejectedInputException tooLarge() {
        return new RejectedInputException(RejectionReason.TOO_LARGE, "The file is larger than the limit of "
                + config.maxUploadBytes() + " bytes (vanban.max-upload-bytes).");
    }
}

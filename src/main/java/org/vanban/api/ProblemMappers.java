package org.vanban.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vanban.index.InvalidQueryException;
import org.vanban.index.SearchBusyException;
import org.vanban.ingest.DocumentConflictException;
import org.vanban.ingest.DocumentNotFoundException;
import org.vanban.ingest.RejectedInputException;

/** Every error the API answers, as problem+json, in one place. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final int RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper
    public Response notFound(DocumentNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response resourceNotFound(NotFoundProblem e, UriInfo uri) {
        return Problem.of("not-found", "Not found", 404, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return Problem.of("invalid-parameter", "Invalid parameter '" + e.parameter() + "'", 400, e.getMessage())
                .at(uri.getPath()).toResponse();
    }

    /** Nothing was searched: the client may repeat the request once the load has passed. */
    @ServerExceptionMapper
    public Response busy(SearchBusyException e, UriInfo uri) {
        return Response.fromResponse(Problem.of("busy", "Service busy", 503, e.getMessage()).at(uri.getPath())
                .toResponse()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response conflict(DocumentConflictException e, UriInfo uri) {
        return Problem.of("conflict", "Conflicting write", 409, e.getMessage()).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response rejected(RejectedInputException e, UriInfo uri) {
        Problem problem = switch (e.reason()) {
            case EMPTY -> Problem.of("empty-file", "Empty file", 400, e.getMessage());
            case UNSUPPORTED_TYPE -> Problem.of("unsupported-type", "Unsupported file type", 415, e.getMessage());
            case UNREADABLE -> Problem.of("unreadable-file", "Unreadable file", 415, e.getMessage());
            case TOO_LARGE -> Problem.of("too-large", "File too large", 413, e.getMessage());
        };
        return problem.at(uri.getPath()).toResponse();
    }

    /** Reading the request failed (a cut or malformed multipart body): the client's request, not our fault. */
    @ServerExceptionMapper
    public Response unreadableRequest(java.io.IOException e, UriInfo uri) {
        LOG.debugf("Unreadable request body on %s: %s", uri.getPath(), e.getMessage());
        return Problem.of("malformed-request", "Malformed request body", 400,
                "The request body could not be read; send a well-formed multipart/form-data body with a 'file' "
                        + "part, or the raw file as the body.").at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "Nothing is served at " + uri.getPath() + "; see /q/openapi for the API.";
            case 405 -> "This method is not allowed here; see /q/openapi for the API.";
            case 406 -> "This resource answers application/json (and text/csv for lists).";
            case 415 -> "This content type is not accepted here; see /q/openapi for the API.";
            default -> status < 500 ? "The request is not valid: check its parameters against /q/openapi."
                    : "The server could not answer; try again later.";
        };
        return Problem.of(slug(status), title, status, detail).at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error answering " + uri.getPath(), e);
        return Problem.of("internal-error", "Internal error", 500,
                "The server failed to answer this request; it has been logged.").at(uri.getPath()).toResponse();
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-type";
            default -> "http-" + status;
        };
    }
}

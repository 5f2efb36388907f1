package dev.journeyfacade.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Stable RFC 9457 problem types of this API and a factory for feature exceptions. A feature signals a
 * problem by throwing {@link #exception}; the one advice in this package adds the correlation id and
 * renders it.
 */
public final class Problems {

    /** Prefix of every problem {@code type}: a URN, stable and never dereferenced. */
    public static final String TYPE_PREFIX = "urn:journey-facade:problem:";

    private Problems() {
    }

    /** The {@code type} URI of a problem slug such as {@code not-found}. */
    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    /** A problem detail with a stable type, a short title and a human detail. */
    public static ProblemDetail detail(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** An exception that renders as that problem detail. */
    public static ErrorResponseException exception(HttpStatusCode status, String slug, String title, String detail) {
        return new ErrorResponseException(status, detail(status, slug, title, detail), null);
    }
}

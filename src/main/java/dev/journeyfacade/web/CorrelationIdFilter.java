package dev.journeyfacade.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id} when it is a
 * sane token, otherwise a new UUID. It is put in the logging MDC ({@code requestId}, so
 * every log line of the request carries it), sent to Dataverse as
 * {@code x-ms-client-request-id} by the client, returned in the {@code X-Request-Id}
 * response header and in every problem body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";
	static final String MDC_KEY = "requestId";
	static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".requestId";

	// Anything else (CR/LF, quotes, very long values) could forge log lines or headers:
	// replaced, not echoed.
	/** The longest correlation id taken from a caller. */
	static final int MAX_LENGTH = 128;

	/** Micrometer Tracing's MDC key of the current trace id. */
	static final String TRACE_ID_MDC_KEY = "traceId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String requestId = incoming != null && SANE.matcher(incoming).matches() ? incoming
				: UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, requestId);
		response.setHeader(HEADER, requestId);
		MDC.put(MDC_KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * The trace id of the current request, as every log line of it shows it: Micrometer
	 * Tracing keeps the current span's ids in the MDC ({@code traceId}, {@code spanId});
	 * null without tracing.
	 */
	static @Nullable String traceId() {
		return MDC.get(TRACE_ID_MDC_KEY);
	}

	/** The correlation id of a request that went through this filter, if any. */
	static @Nullable String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return id instanceof String s ? s : MDC.get(MDC_KEY);
	}

}

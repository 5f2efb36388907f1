package dev.journeyfacade.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the problems Spring Security raises (401, 403) in the same RFC 9457 shape as
 * {@link ProblemDetailsAdvice}: they are decided in the filter chain, before any
 * controller, so the advice never sees them. The body says what to do, never why a token
 * failed in the decoder's words.
 */
final class SecurityProblems {

	private static final JsonMapper JSON = JsonMapper.shared();

	private SecurityProblems() {
	}

	/**
	 * Writes the problem with a {@code WWW-Authenticate} header (RFC 6750 §3), unless the
	 * response is committed.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
			@Nullable String wwwAuthenticate, Map<String, Object> extra) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.type().toString());
		body.put("title", type.title());
		body.put("status", type.status().value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		body.put("requestId", CorrelationIdFilter.requestId(request));
		String traceId = CorrelationIdFilter.traceId();
		if (traceId != null) {
			body.put("traceId", traceId);
		}
		body.putAll(extra);
		response.setStatus(type.status().value());
		if (wwwAuthenticate != null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
		response.flushBuffer();
	}

	/**
	 * A {@code WWW-Authenticate: Bearer …} value with the given parameters (quotes are
	 * never in our values).
	 */
	static String bearer(Map<String, String> parameters) {
		if (parameters.isEmpty()) {
			return "Bearer";
		}
		StringBuilder header = new StringBuilder("Bearer ");
		parameters.forEach((name, value) -> {
			if (header.length() > "Bearer ".length()) {
				header.append(", ");
			}
			header.append(name).append("=\"").append(value).append('"');
		});
		return header.toString();
	}

}

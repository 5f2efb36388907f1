package dev.journeyfacade.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 400 problem for a URL Spring Security's firewall refuses before anything else looks at
 * it (encoded slashes or dots, {@code ;}, {@code //}, control characters: path tricks,
 * never a real API call), or for a header with control characters that a filter reads.
 * Without it the container's plain error page would answer, in another shape than every
 * other error. A header first read by a controller is refused the same way by
 * {@link ProblemDetailsAdvice}.
 */
@Slf4j
final class ProblemRequestRejectedHandler implements RequestRejectedHandler {

	static final String DETAIL = "The request contains characters or sequences this API never accepts (encoded "
			+ "slashes or dots, semicolons, double slashes in the URL; control characters in the URL or a header).";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
			throws IOException {
		log.debug("Request refused by the firewall: {}", e.getMessage());
		SecurityProblems.write(request, response, ProblemType.REJECTED_REQUEST, DETAIL, null, Map.of());
	}

}

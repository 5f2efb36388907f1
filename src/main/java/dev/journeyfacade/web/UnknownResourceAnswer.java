package dev.journeyfacade.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.ErrorResponseException;

/**
 * What one backend's endpoints answer when Dataverse does not know an entity set or
 * action they use (404 {@code 0x8006088a},
 * learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes):
 * the environment lacks the product, so the caller gets the product's own problem (a 503
 * that says so in words), never "the record does not exist". A backend declares one as a
 * bean for its paths; the problem-details advice asks them, in order, and an unknown
 * resource no backend claims is Dataverse's failure (502).
 */
public final class UnknownResourceAnswer {

	private final List<RequestMatcher> endpoints;

	private final Supplier<? extends ErrorResponseException> answer;

	/**
	 * @param endpoints the backend's path patterns (as for its mapped interceptor)
	 * @param answer the problem to answer; it may first find out more (a probe)
	 */
	public UnknownResourceAnswer(String[] endpoints, Supplier<? extends ErrorResponseException> answer) {
		this.endpoints = Arrays.stream(endpoints).<RequestMatcher>map(PathPatternRequestMatcher::pathPattern).toList();
		this.answer = answer;
	}

	boolean serves(HttpServletRequest request) {
		return endpoints.stream().anyMatch(endpoint -> endpoint.matches(request));
	}

	ErrorResponseException answer() {
		return answer.get();
	}

}

package dev.journeyfacade.web;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One line of the endpoint → permission table: an HTTP method and a path pattern (the
 * same syntax as the controllers' mappings) and the permission the call needs.
 */
record ApiRule(HttpMethod method, String pattern, ApiPermission permission) {

	/** The Spring Security matcher of this rule. */
	RequestMatcher requestMatcher() {
		return PathPatternRequestMatcher.pathPattern(method, pattern);
	}

	/**
	 * Whether this rule covers an OpenAPI operation. A path template such as
	 * {@code /api/v1/journeys/{id}} matches its own pattern, since {@code {id}} is a
	 * legal segment value.
	 */
	boolean covers(HttpMethod operationMethod, String openApiPath) {
		PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
		return method.equals(operationMethod) && parsed.matches(PathContainer.parsePath(openApiPath));
	}
}

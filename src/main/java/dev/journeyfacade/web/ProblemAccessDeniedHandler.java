package dev.journeyfacade.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 403 problem for an authenticated caller without the permission a call needs. The
 * problem names that permission ({@code requiredPermission}) and the header says
 * {@code error="insufficient_scope"} with the scope (RFC 6750 §3.1), so a frontend can
 * tell the user what to ask for.
 */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final List<ApiRule> rules;

	ProblemAccessDeniedHandler(List<ApiRule> rules) {
		this.rules = rules;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		Optional<ApiPermission> needed = rules.stream()
			.filter(rule -> rule.requestMatcher().matches(request))
			.map(ApiRule::permission)
			.findFirst();
		if (needed.isEmpty()) {
			SecurityProblems.write(request, response, ProblemType.FORBIDDEN, "No permission gives access to this path.",
					null, Map.of());
			return;
		}
		String permission = needed.get().value();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("error", "insufficient_scope");
		parameters.put("error_description", "The access token lacks the permission this call needs.");
		parameters.put("scope", permission);
		SecurityProblems.write(request, response, ProblemType.FORBIDDEN,
				"This call needs the permission '" + permission + "' (a scope or an app role of your token).",
				SecurityProblems.bearer(parameters), Map.of("requiredPermission", permission));
	}

}

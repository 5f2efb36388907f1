package dev.journeyfacade.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 problem for a request without a usable access token, with
 * {@code WWW-Authenticate: Bearer} (RFC 6750 §3): no error code when no token was sent,
 * {@code error="invalid_token"} when the token was refused (malformed, expired, bad
 * signature, wrong issuer or audience). The decoder's reason goes to the debug log, not
 * to the caller.
 */
@Slf4j
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (!(e instanceof OAuth2AuthenticationException oauth)) {
			SecurityProblems.write(request, response, ProblemType.UNAUTHORIZED,
					"This API needs an OAuth2 access token: send it as 'Authorization: Bearer <token>'.",
					SecurityProblems.bearer(Map.of()), Map.of());
			return;
		}
		String code = oauth.getError().getErrorCode();
		log.debug("Access token refused: {} ({})", code, oauth.getError().getDescription());
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("error", OAuth2ErrorCodes.INVALID_TOKEN);
		parameters.put("error_description", "The access token is invalid, expired or not issued for this API.");
		SecurityProblems.write(request, response, ProblemType.UNAUTHORIZED,
				"The access token is invalid, expired or not issued for this API; get a new one.",
				SecurityProblems.bearer(parameters), Map.of());
	}

}

package dev.dataverseemulator.auth;

import dev.dataverseemulator.throttling.EmulatorStats;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token}, client credentials, answered like Entra ID: a
 * token, or Entra's error shape ({@code invalid_client} with 401 for wrong credentials).
 * The client authenticates with its secret (form fields or HTTP Basic, Spring Security's
 * default) or with a {@code client_assertion} of type
 * {@code urn:ietf:params:oauth:client-assertion-type:jwt-bearer} that one of its
 * federated credentials accepts (workload identity, {@link ClientAssertions}); never with
 * both (RFC 6749 §2.3: one method per request; that 400's AADSTS code is the emulator's
 * choice). Never throttled, never echoes the secret or the assertion.
 */
@RestController
class TokenController {

	private final TokenService tokens;

	private final ClientAssertions assertions;

	private final EmulatorStats stats;

	private final Clock clock;

	TokenController(TokenService tokens, ClientAssertions assertions, EmulatorStats stats, Clock clock) {
		this.tokens = tokens;
		this.assertions = assertions;
		this.stats = stats;
		this.clock = clock;
	}

	@PostMapping(path = "/{tenant}/oauth2/v2.0/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(@PathVariable String tenant, @RequestParam Map<String, String> form,
			@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		stats.tokenRequest();
		if (!tokens.tenantMatches(tenant)) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", 90002,
					"Tenant '" + tenant + "' not found. Check to make"
							+ " sure you have the correct tenant ID and are signing into the correct cloud.");
		}
		String grantType = form.get("grant_type");
		if (grantType == null) {
			return missing("grant_type");
		}
		if (!grantType.equals("client_credentials")) {
			return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", 70003,
					"The app requested an unsupported grant type '" + grantType + "'.");
		}
		String clientId = form.get("client_id");
		String clientSecret = form.get("client_secret");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String[] basic = decodeBasic(authorization.substring(6).trim());
			if (basic == null) {
				return error(HttpStatus.UNAUTHORIZED, "invalid_client", 7000215, "Invalid client secret provided.");
			}
			clientId = basic[0];
			clientSecret = basic[1];
		}
		if (clientId == null || clientId.isBlank()) {
			return missing("client_id");
		}
		String scope = form.get("scope");
		if (scope == null || scope.isBlank()) {
			return missing("scope");
		}
		if (!scope.trim().endsWith("/.default")) {
			return error(HttpStatus.BAD_REQUEST, "invalid_scope", 1002012, "The provided value for scope " + scope
					+ " is not valid. Client credential flows must have a scope value with /.default suffixed to the"
					+ " resource identifier (application ID URI).");
		}
		if (!tokens.clientKnown(clientId)) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", 700016,
					"Application with identifier '" + clientId + "' was not found in the directory '" + tenant + "'.");
		}
		String assertionType = form.get("client_assertion_type");
		String assertion = form.get("client_assertion");
		if (assertionType != null || assertion != null) {
			ResponseEntity<Map<String, Object>> refused = checkAssertion(assertionType, assertion,
					clientSecret != null);
			if (refused != null) {
				return refused;
			}
		}
		else if (clientSecret == null || clientSecret.isEmpty()) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", 7000218,
					"The request body must contain the following"
							+ " parameter: 'client_assertion' or 'client_secret'.");
		}
		else if (!tokens.credentialsMatch(clientId, clientSecret)) {
			return error(HttpStatus.UNAUTHORIZED, "invalid_client", 7000215,
					"Invalid client secret provided. Ensure the"
							+ " secret being sent in the request is the client secret value, not the client secret ID, for a"
							+ " secret added to app '" + clientId + "'.");
		}
		TokenService.IssuedToken issued = tokens.issue(clientId);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token_type", "Bearer");
		body.put("expires_in", issued.expiresIn());
		body.put("ext_expires_in", issued.expiresIn());
		body.put("access_token", issued.accessToken());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	/** Null when the assertion authenticates the client, else Entra ID's refusal. */
	private ResponseEntity<Map<String, Object>> checkAssertion(String type, String assertion, boolean secretToo) {
		if (secretToo) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", 90023, "The request uses more than one client"
					+ " authentication method: send either client_secret or client_assertion.");
		}
		if (type == null) {
			return missing("client_assertion_type");
		}
		if (!type.equals(ClientAssertions.JWT_BEARER)) {
			return error(HttpStatus.BAD_REQUEST, "invalid_request", 50027, "The client_assertion_type '" + type
					+ "' is not supported; use '" + ClientAssertions.JWT_BEARER + "'.");
		}
		if (assertion == null || assertion.isBlank()) {
			return missing("client_assertion");
		}
		return assertions.check(assertion)
			.map(refusal -> error(refusal.status(), refusal.error(), refusal.code(), refusal.description()))
			.orElse(null);
	}

	private ResponseEntity<Map<String, Object>> missing(String parameter) {
		return error(HttpStatus.BAD_REQUEST, "invalid_request", 900144,
				"The request body must contain the following parameter: '" + parameter + "'.");
	}

	/**
	 * Entra ID's error body: {@code error}, {@code error_description} starting with the
	 * AADSTS code, and ids.
	 */
	private ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, int code, String description) {
		String traceId = UUID.randomUUID().toString();
		String correlationId = UUID.randomUUID().toString();
		String timestamp = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", "AADSTS" + code + ": " + description + " Trace ID: " + traceId
				+ " Correlation ID: " + correlationId + " Timestamp: " + timestamp);
		body.put("error_codes", List.of(code));
		body.put("timestamp", timestamp);
		body.put("trace_id", traceId);
		body.put("correlation_id", correlationId);
		body.put("error_uri", "https://login.microsoftonline.com/error?code=" + code);
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	/** RFC 6749 §2.3.1: Basic credentials are form-encoded before Base64. */
	private static String[] decodeBasic(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return null;
			}
			return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}

package dev.journeyfacade.web;

import static dev.journeyfacade.TestIdentityProvider.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.PlainJWT;
import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every endpoint demands its permission, checked on real signed tokens: the right scope
 * (or app role) passes the security layer, any other permission gets a 403 problem, no or
 * a bad token a 401 problem with a Bearer challenge.
 */
class InboundSecurityTest extends DataverseStubbedApiTest {

	@Autowired
	MockMvcTester tester;

	private static final String ID = "6f1c9b1e-3a56-4c7e-9d2f-0b8a7c6d5e4f";

	private static final List<String> PERMISSIONS = List.of("journeys.read", "journeys.write", "journeys.publish");

	/**
	 * The contract's endpoint → permission table, written out independently of
	 * SecurityConfiguration.
	 */
	static Stream<Arguments> endpoints() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/v1/journeys", "journeys.read"),
				Arguments.of(HttpMethod.GET, "/api/v1/journeys/" + ID, "journeys.read"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/validate", "journeys.read"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/validate", "journeys.read"),
				Arguments.of(HttpMethod.GET, "/api/v1/segments", "journeys.read"),
				Arguments.of(HttpMethod.GET, "/api/v1/emails", "journeys.read"),
				Arguments.of(HttpMethod.GET, "/api/v1/content-settings", "journeys.read"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys", "journeys.write"),
				Arguments.of(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "journeys.write"),
				Arguments.of(HttpMethod.DELETE, "/api/v1/journeys/" + ID, "journeys.write"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/copy", "journeys.write"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/publish", "journeys.publish"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/stop", "journeys.publish"),
				Arguments.of(HttpMethod.GET, "/api/v1/realtime-journeys", "journeys.read"),
				Arguments.of(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, "journeys.read"),
				Arguments.of(HttpMethod.GET, "/api/v1/realtime-journey-templates", "journeys.read"),
				Arguments.of(HttpMethod.POST, "/api/v1/realtime-journeys", "journeys.write"),
				Arguments.of(HttpMethod.DELETE, "/api/v1/realtime-journeys/" + ID, "journeys.write"),
				Arguments.of(HttpMethod.POST, "/api/v1/realtime-journeys/publish", "journeys.publish"));
	}

	private MvcTestResult call(HttpMethod method, String path, String token) {
		var request = tester.method(method).uri(path).header("X-Request-Id", "sec-test-1");
		request = token == null ? request.with(withoutToken())
				: request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (method == HttpMethod.POST || method == HttpMethod.PATCH) {
			request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		return request.exchange();
	}

	private static String allScopesBut(String permission) {
		return PERMISSIONS.stream().filter(p -> !p.equals(permission)).collect(Collectors.joining(" "));
	}

	private static void assertPassedSecurity(MvcTestResult result) {
		// Past the security layer the call may fail in many ways (404, 400, 502 …), but
		// never as 401/403.
		assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
	}

	private static void assertUnauthorized(MvcTestResult result, String challenge) {
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:journey-facade:problem:unauthorized");
		assertThat(result).bodyJson().extractingPath("$.requestId").isEqualTo("sec-test-1");
	}

	private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\", "
			+ "error_description=\"The access token is invalid, expired or not issued for this API.\"";

	@ParameterizedTest(name = "{0} {1} passes with {2}")
	@MethodSource("endpoints")
	void everyEndpointPassesWithItsScope(HttpMethod method, String path, String permission) {
		assertPassedSecurity(call(method, path, TestIdentityProvider.tokenWithScopes(permission)));
	}

	@ParameterizedTest(name = "{0} {1} passes with app role {2}")
	@MethodSource("endpoints")
	void everyEndpointPassesWithItsAppRole(HttpMethod method, String path, String permission) {
		assertPassedSecurity(call(method, path, TestIdentityProvider.tokenWithRoles(permission)));
	}

	@ParameterizedTest(name = "{0} {1} refuses every permission but {2}")
	@MethodSource("endpoints")
	void everyEndpointRefusesTheOtherPermissionsWith403Problem(HttpMethod method, String path, String permission) {
		MvcTestResult result = call(method, path, TestIdentityProvider.tokenWithScopes(allScopesBut(permission)));

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:journey-facade:problem:forbidden");
		assertThat(result).bodyJson().extractingPath("$.requiredPermission").isEqualTo(permission);
		assertThat(result).bodyJson().extractingPath("$.requestId").isEqualTo("sec-test-1");
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
			.startsWith("Bearer error=\"insufficient_scope\"")
			.endsWith("scope=\"" + permission + "\"");
	}

	@ParameterizedTest(name = "{0} {1} needs a token")
	@MethodSource("endpoints")
	void everyEndpointAnswers401ProblemWithABearerChallengeWithoutAToken(HttpMethod method, String path,
			String permission) {
		assertUnauthorized(call(method, path, null), "Bearer");
	}

	@Test
	void aTokenWithoutAnyPermissionIs403() {
		MvcTestResult result = call(HttpMethod.GET, "/api/v1/journeys", TestIdentityProvider.token(claims -> claims));

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anExpiredTokenIs401InvalidToken() {
		Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
		String expired = TestIdentityProvider.token(claims -> claims.claim("scp", "journeys.read")
			.issueTime(Date.from(twoHoursAgo))
			.notBeforeTime(Date.from(twoHoursAgo))
			.expirationTime(Date.from(twoHoursAgo.plus(Duration.ofHours(1)))));

		assertUnauthorized(call(HttpMethod.GET, "/api/v1/journeys", expired), INVALID_TOKEN);
	}

	@Test
	void aTokenOfAnotherIssuerIs401InvalidToken() {
		String foreign = TestIdentityProvider.token(
				claims -> claims.claim("scp", "journeys.read").issuer("https://login.example.test/other-tenant/v2.0"));

		assertUnauthorized(call(HttpMethod.GET, "/api/v1/journeys", foreign), INVALID_TOKEN);
	}

	@Test
	void aTokenForAnotherAudienceIs401InvalidToken() {
		String forOtherApi = TestIdentityProvider
			.token(claims -> claims.claim("scp", "journeys.read").audience("api://some-other-api"));

		assertUnauthorized(call(HttpMethod.GET, "/api/v1/journeys", forOtherApi), INVALID_TOKEN);
	}

	@Test
	void aTokenWithoutAudienceIs401InvalidToken() {
		String noAudience = TestIdentityProvider
			.token(claims -> claims.claim("scp", "journeys.read").audience(List.of()));

		assertUnauthorized(call(HttpMethod.GET, "/api/v1/journeys", noAudience), INVALID_TOKEN);
	}

	@Test
	void aTokenSignedWithAnUnpublishedKeyIs401InvalidToken() {
		assertUnauthorized(call(HttpMethod.GET, "/api/v1/journeys", TestIdentityProvider.forgedToken("journeys.read")),
				INVALID_TOKEN);
	}

	@Test
	void anUnsignedTokenIs401InvalidToken() {
		String unsigned = new PlainJWT(new PlainHeader(),
				TestIdentityProvider.defaults().claim("scp", "journeys.read").build())
			.serialize();

		assertUnauthorized(call(HttpMethod.GET, "/api/v1/journeys", unsigned), INVALID_TOKEN);
	}

	@Test
	void aMalformedTokenIs401InvalidToken() {
		assertUnauthorized(call(HttpMethod.GET, "/api/v1/journeys", "not.a.jwt"), INVALID_TOKEN);
	}

	@Test
	void theProblemNeverEchoesTheDecodersReason() {
		MvcTestResult result = call(HttpMethod.GET, "/api/v1/journeys",
				TestIdentityProvider.token(claims -> claims.audience("api://some-other-api")));

		assertThat(result).bodyText().doesNotContain("aud").doesNotContain("Jwt").doesNotContain("Exception");
	}

	@Test
	void anUnmappedApiPathIsDeniedEvenWithEveryPermission() {
		MvcTestResult result = call(HttpMethod.GET, "/api/v1/journeys/" + ID + "/secrets",
				TestIdentityProvider.tokenWithScopes(TestIdentityProvider.ALL_SCOPES));

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:journey-facade:problem:forbidden");
	}

	@Test
	void anUnmappedMethodOnAMappedPathIsDenied() {
		MvcTestResult result = call(HttpMethod.PUT, "/api/v1/journeys/" + ID,
				TestIdentityProvider.tokenWithScopes(TestIdentityProvider.ALL_SCOPES));

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anUnmappedApiPathWithoutATokenIs401() {
		assertUnauthorized(call(HttpMethod.GET, "/api/v2/anything", null), "Bearer");
	}

	@Test
	void theHealthProbesAreOpen() {
		// Actuator answers them (UP 200, or DOWN 503 while no Dataverse token is at
		// hand), never the security layer.
		Stream.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").forEach(probe -> {
			MvcTestResult result = tester.get().uri(probe).with(withoutToken()).exchange();
			assertThat(result.getResponse().getStatus()).as(probe).isIn(200, 503);
			assertThat(result).bodyJson().extractingPath("$.status").asString().isIn("UP", "DOWN");
		});
	}

	@Test
	void otherActuatorEndpointsNeedAToken() {
		assertThat(tester.get().uri("/actuator/prometheus").with(withoutToken()).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(tester.get().uri("/actuator/info").with(withoutToken()).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(tester.get().uri("/actuator").with(withoutToken()).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void otherActuatorEndpointsNeedNoParticularPermission() {
		String metricsScraper = TestIdentityProvider.token(claims -> claims); // e.g.
																				// Prometheus'
																				// client-credentials
																				// token

		assertThat(tester.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + metricsScraper)
			.exchange()).hasStatusOk();
	}

	@Test
	void theOpenApiDocumentAndSwaggerUiAreOpen() {
		assertThat(tester.get().uri("/v3/api-docs").with(withoutToken()).exchange()).hasStatusOk();
		assertThat(tester.get().uri("/swagger-ui/index.html").with(withoutToken()).exchange()).hasStatusOk();
	}

	@Test
	void anythingElseIsDenied() {
		assertThat(Arrays.asList(tester.get().uri("/").with(withoutToken()).exchange().getResponse().getStatus(),
				tester.get().uri("/internal").with(withoutToken()).exchange().getResponse().getStatus()))
			.containsOnly(401);
	}

	@Test
	void noSessionCookieIsEverSet() {
		MvcTestResult result = call(HttpMethod.GET, "/api/v1/journeys",
				TestIdentityProvider.tokenWithScopes("journeys.read"));

		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

}

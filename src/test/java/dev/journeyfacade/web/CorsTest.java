package dev.journeyfacade.web;

import static dev.journeyfacade.TestIdentityProvider.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Browsers may call the API from the configured origins only; none is allowed by default.
 */
class CorsTest extends DataverseStubbedApiTest {

	@Autowired
	MockMvcTester tester;

	private static final String ALLOWED_ORIGIN = "https://app.example.test"; // DataverseStubbedApiTest's
																				// auth.cors.allowed-origins

	@Test
	void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
		MvcTestResult result = tester.options()
			.uri("/api/v1/journeys")
			.with(withoutToken())
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
			.exchange();

		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN);
		assertThat(result.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("POST");
	}

	@Test
	void aBrowserMayRevalidateAJourneyWithIfNoneMatch() {
		MvcTestResult result = tester.options()
			.uri("/api/v1/journeys/6628bbf7-c52a-e911-a9b7-000d3a1e6adc")
			.with(withoutToken())
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,if-none-match")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS))
			.containsIgnoringCase("if-none-match");
	}

	@Test
	void aPreflightFromAnyOtherOriginIsRefused() {
		MvcTestResult result = tester.options()
			.uri("/api/v1/journeys")
			.with(withoutToken())
			.header(HttpHeaders.ORIGIN, "https://evil.example.test")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void anAllowedOriginMayReadTheCorrelationIdAndEtag() {
		MvcTestResult result = tester.get()
			.uri("/api/v1/journeys")
			.header(HttpHeaders.ORIGIN, ALLOWED_ORIGIN)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIdentityProvider.tokenWithScopes("journeys.read"))
			.exchange();

		assertThat(result).hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED_ORIGIN);
		assertThat(result.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).contains("X-Request-Id")
			.contains("ETag");
	}

	@Test
	void noOriginIsAllowedUnlessConfigured() {
		AuthProperties defaults = new AuthProperties(true, null, null, List.of(), "scp", "roles",
				new AuthProperties.Cors(List.of(), Duration.ofHours(1)), new AuthProperties.SwaggerUi(null, null, ""),
				null);
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/api/v1/journeys");
		request.addHeader(HttpHeaders.ORIGIN, ALLOWED_ORIGIN);

		assertThat(new SecurityConfiguration().corsConfigurationSource(defaults).getCorsConfiguration(request))
			.isNull();
	}

}

package dev.journeyfacade.web;

import static dev.journeyfacade.TestIdentityProvider.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Security headers on every answer, the security layer's own problems included; a policy
 * of its own for Swagger UI.
 */
class SecurityHeadersTest extends DataverseStubbedApiTest {

	@Autowired
	MockMvcTester tester;

	@Test
	void apiAnswersCarryTheSecurityHeaders() {
		MvcTestResult result = tester.get()
			.uri("/api/v1/journeys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIdentityProvider.tokenWithScopes("journeys.read"))
			.exchange();

		assertThat(result).hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("Referrer-Policy", "no-referrer")
			.hasHeader("Content-Security-Policy", SecurityConfiguration.API_CSP);
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void problemAnswersOfTheSecurityLayerCarryThemToo() {
		MvcTestResult result = tester.get().uri("/api/v1/journeys").with(withoutToken()).exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Content-Security-Policy", SecurityConfiguration.API_CSP);
	}

	@Test
	void strictTransportSecurityIsSentOverHttpsOnly() {
		assertThat(tester.get().uri("/actuator/health").secure(true).exchange()).hasHeader("Strict-Transport-Security",
				"max-age=31536000 ; includeSubDomains");
		assertThat(tester.get().uri("/actuator/health").exchange()).doesNotContainHeader("Strict-Transport-Security");
	}

	@Test
	void swaggerUiGetsAPolicyThatLetsItsOwnScriptsRunAndNothingElse() {
		MvcTestResult result = tester.get().uri("/swagger-ui/index.html").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self';")
			.contains("connect-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-eval");
	}

}

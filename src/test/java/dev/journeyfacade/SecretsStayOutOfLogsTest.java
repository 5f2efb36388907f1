package dev.journeyfacade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testsupport.TokenEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * With DEBUG logging for the facade, Spring Security and Spring's web stack, a request
 * that makes the facade fetch a Dataverse token (with its client secret), use it, lose it
 * to a 401 and fetch another, and requests with good and bad caller tokens, leave neither
 * the Dataverse tokens, the client secret nor the callers' bearer tokens in the log
 * output.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTest extends DataverseStubbedApiTest {

	private static final List<String> DEBUG_LOGGERS = List.of("dev.journeyfacade", "org.springframework.security",
			"org.springframework.web", "org.springframework.http");

	private static final String CLIENT_SECRET = "test-secret"; // DataverseStubbedApiTest's
																// dataverse.client-secret

	private static final String JOURNEYS = API + "msdyncrm_customerjourneys";

	@Autowired
	MockMvcTester tester;

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void debugLogging() {
		DEBUG_LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void normalLogging() {
		DEBUG_LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
	}

	@Test
	void neitherTokensNorTheClientSecretAreEverLogged(CapturedOutput output) {
		String dataverseToken = "dv-token-" + UUID.randomUUID();
		DATAVERSE.stubFor(post(urlPathEqualTo("/token")).willReturn(TokenEndpoint.issues(dataverseToken)));
		// Dataverse refuses the token it holds once, so the facade drops it and fetches a
		// new one, at DEBUG.
		DATAVERSE.stubFor(get(urlPathEqualTo(JOURNEYS)).inScenario("refresh")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""))
			.willSetStateTo("renewed"));
		DATAVERSE.stubFor(get(urlPathEqualTo(JOURNEYS)).inScenario("refresh")
			.whenScenarioStateIs("renewed")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"value\": []}")));
		String callerToken = TestIdentityProvider.tokenWithScopes("journeys.read");
		String expiredToken = TestIdentityProvider.token(claims -> claims.claim("scp", "journeys.read")
			.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))));
		String foreignToken = TestIdentityProvider.token(claims -> claims.audience("api://another-api"));

		assertThat(tester.get()
			.uri("/api/v1/journeys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + callerToken)
			.exchange()).hasStatusOk();
		assertThat(tester.get()
			.uri("/api/v1/journeys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + expiredToken)
			.exchange()).hasStatus(401);
		assertThat(tester.get()
			.uri("/api/v1/journeys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + foreignToken)
			.exchange()).hasStatus(401);

		DATAVERSE.verify(postRequestedFor(urlPathEqualTo("/token")));
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(JOURNEYS)).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + dataverseToken)));
		assertThat(output).as("DEBUG was on for the token refresh and the security filters")
			.contains("Dataverse answered 401")
			.contains("Fetched a Dataverse access token")
			.contains("o.s.security");
		for (String secret : List.of(dataverseToken, CLIENT_SECRET, callerToken, expiredToken, foreignToken,
				signatureOf(callerToken), signatureOf(expiredToken))) {
			assertThat(output.getAll()).doesNotContain(secret);
		}
	}

	private static String signatureOf(String jwt) {
		return jwt.substring(jwt.lastIndexOf('.') + 1);
	}

}

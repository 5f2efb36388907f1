package dev.journeyfacade;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.testsupport.TokenEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that run the whole application (MockMvc, the real advice and the real
 * Dataverse client) against a WireMock Dataverse on 127.0.0.1. The WireMock server is one
 * per JVM and the properties are declared here only, so every subclass shares one Spring
 * context. Dataverse retries are off: a stubbed failure is answered at once. The outbound
 * availability probe does not run on its own (it would add requests to the ones a test
 * verifies); tests of it call it. Authentication is on, against
 * {@link TestIdentityProvider}; every request carries a token with every permission
 * unless it says otherwise ({@link TestIdentityProvider#withoutToken()}).
 */
@SpringBootTest(properties = { "dataverse.tenant-id=tenant-1", "dataverse.client-id=facade-client",
		"dataverse.client-secret=test-secret", "journey.page-token.keys=" + TestIdentityProvider.PAGE_TOKEN_KEY,
		"dataverse.retry.max-attempts=1", "journey.max-body-size=64KB",
		"auth.cors.allowed-origins=https://app.example.test", "journey.outbound.probe-interval=0" })
@AutoConfigureMockMvc
@Import(TestIdentityProvider.CallerWithEveryPermission.class)
public abstract class DataverseStubbedApiTest {

	protected static final String API = "/api/data/v9.2/";

	protected static final WireMockServer DATAVERSE = startDataverse();

	@Autowired
	protected MockMvc mvc;

	private static WireMockServer startDataverse() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	@DynamicPropertySource
	static void dataverse(DynamicPropertyRegistry registry) {
		registry.add("dataverse.url", DATAVERSE::baseUrl);
		registry.add("dataverse.token-uri", () -> DATAVERSE.baseUrl() + "/token");
		TestIdentityProvider.register(registry);
	}

	@BeforeEach
	void resetDataverse() {
		DATAVERSE.resetAll();
		DATAVERSE.stubFor(post(urlPathEqualTo("/token")).willReturn(TokenEndpoint.issues("test-token")));
	}

}

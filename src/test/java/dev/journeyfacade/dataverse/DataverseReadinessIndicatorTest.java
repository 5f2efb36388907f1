package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import reactor.netty.resources.ConnectionProvider;

/** Readiness follows whether an access token can be had, without blocking the probe. */
class DataverseReadinessIndicatorTest {

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	private final ConnectionProvider pool = ConnectionProvider.newConnection();

	private final DataverseProperties properties = fixture.properties(
			DataverseClientFixture.retry(4, Duration.ofSeconds(20)),
			DataverseClientFixture.concurrency(4, Duration.ofSeconds(1)), Duration.ofSeconds(2));

	private final DataverseTokenProvider tokens = DataverseClientConfiguration.tokenProvider(properties,
			DataverseClientConfiguration.connector(properties, pool), java.time.Clock.systemUTC(),
			new DataverseMetrics(fixture.meters));

	private final DataverseReadinessIndicator readiness = new DataverseReadinessIndicator(tokens);

	@AfterEach
	void close() {
		fixture.close();
		pool.dispose();
	}

	@Test
	void isDownWhileNoTokenCanBeHadAndSaysWhy() {
		fixture.server
			.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).willReturn(aResponse().withStatus(503)));

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> String.valueOf(readiness.health().getDetails().get("token")).startsWith("unavailable"));

		Health health = readiness.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().toString()).doesNotContain(DataverseClientFixture.CLIENT_SECRET);
	}

	@Test
	void comesBackUpOnceATokenCanBeHadAgain() {
		fixture.server
			.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).willReturn(aResponse().withStatus(503)));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> String.valueOf(readiness.health().getDetails().get("token")).startsWith("unavailable"));

		fixture.stubToken("t1");

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> readiness.health().getStatus().equals(Status.UP));
	}

	@Test
	void aProbeWithATokenAtHandMakesNoCall() {
		fixture.stubToken("t1");
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> readiness.health().getStatus().equals(Status.UP));

		for (int i = 0; i < 5; i++) {
			assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
		}
		fixture.server.verify(1, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)));
	}

}

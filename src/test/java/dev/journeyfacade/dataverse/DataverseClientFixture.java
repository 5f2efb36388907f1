package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.testsupport.MutableClock;
import dev.testsupport.TokenEndpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Dataverse client wired as in production against a WireMock server on 127.0.0.1, with
 * a clock that only moves when the client "sleeps" (so waits are asserted exactly and no
 * test sleeps for real) and no jitter unless a test asks for it.
 */
final class DataverseClientFixture implements AutoCloseable {

	static final String TENANT = "tenant-1";
	static final String CLIENT_ID = "facade-client";
	static final String CLIENT_SECRET = "s3cr3t-value-never-logged";
	static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
	static final String API = "/api/data/v9.2";

	static final byte[] PAGE_TOKEN_KEY = "a-page-token-key-of-32-characters".getBytes(StandardCharsets.UTF_8);

	final WireMockServer server;

	final MutableClock clock = new MutableClock(Instant.now()); // tokens expire in real
																// time: start from it

	final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ConnectionProvider pool = ConnectionProvider.builder("test").maxConnections(64).build();

	DataverseClientFixture() {
		server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort().containerThreads(80));
		server.start();
	}

	/**
	 * Properties pointing at the WireMock server with the given retry and concurrency
	 * settings.
	 */
	DataverseProperties properties(DataverseProperties.Retry retry, DataverseProperties.Concurrency concurrency,
			Duration responseTimeout) {
		return new DataverseProperties(URI.create(server.baseUrl()), TENANT, CLIENT_ID, CLIENT_SECRET, null,
				URI.create(DataverseProperties.PUBLIC_CLOUD), URI.create(server.baseUrl() + TOKEN_PATH), null, "v9.2",
				Duration.ofSeconds(2), responseTimeout, Duration.ofMinutes(5), retry, concurrency);
	}

	/**
	 * The default properties with workload identity instead of the secret: the federated
	 * token in {@code file}, the token endpoint at {@code tokenUri}.
	 */
	DataverseProperties workloadIdentity(java.nio.file.Path file, URI url, URI tokenUri, String tenant,
			String clientId) {
		return new DataverseProperties(url, tenant, clientId, null, file, URI.create(DataverseProperties.PUBLIC_CLOUD),
				tokenUri, null, "v9.2", Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(5),
				retry(1, Duration.ofSeconds(20)), concurrency(32, Duration.ofSeconds(2)));
	}

	static DataverseProperties.Retry retry(int maxAttempts, Duration budget) {
		return new DataverseProperties.Retry(maxAttempts, budget, Duration.ofMillis(200), Duration.ofSeconds(5), 0.0,
				Duration.ofMinutes(5));
	}

	static DataverseProperties.Concurrency concurrency(int maxInFlight, Duration maxWait) {
		return new DataverseProperties.Concurrency(maxInFlight, maxWait, true);
	}

	/**
	 * Default client: 4 attempts, 20 s budget, 32 in flight, clock advanced by every
	 * wait.
	 */
	DataverseClient client() {
		return client(properties(retry(4, Duration.ofSeconds(20)), concurrency(32, Duration.ofSeconds(2)),
				Duration.ofSeconds(5)));
	}

	DataverseClient client(DataverseProperties properties) {
		return client(properties, () -> 0.0);
	}

	/** With a fixed "random" value for jitter (0 = no jitter). */
	DataverseClient client(DataverseProperties properties, java.util.function.DoubleSupplier random) {
		return client(properties, duration -> {
			sleeps.add(duration);
			clock.advance(duration);
		}, random);
	}

	DataverseClient client(DataverseProperties properties, Sleeper sleeper, java.util.function.DoubleSupplier random) {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		DataverseMetrics metrics = new DataverseMetrics(meters);
		var connector = DataverseClientConfiguration.connector(properties, pool);
		return DataverseClientConfiguration.client(properties, List.of(PAGE_TOKEN_KEY), connector,
				DataverseClientConfiguration.tokenProvider(properties, connector, clock, metrics), WebClient.builder(),
				json, metrics, ObservationRegistry.NOOP, clock, sleeper, random);
	}

	/**
	 * Token endpoint answering a token valid for an hour (relative to the real time
	 * WireMock runs in).
	 */
	void stubToken(String accessToken) {
		server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(TokenEndpoint.issues(accessToken)));
	}

	String api(String path) {
		return API + path;
	}

	double counter(String name, String... tags) {
		var search = meters.find(name);
		if (tags.length > 0) {
			search = search.tags(tags);
		}
		var counter = search.counter();
		return counter == null ? 0 : counter.count();
	}

	@Override
	public void close() {
		server.stop();
		pool.dispose();
	}

}

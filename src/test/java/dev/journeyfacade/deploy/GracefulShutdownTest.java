package dev.journeyfacade.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.journeyfacade.JourneyFacadeApplication;
import dev.journeyfacade.TestIdentityProvider;
import dev.testsupport.TokenEndpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A rolling update drops no request: when the context closes (SIGTERM in a pod), the
 * server stops taking new connections but lets a request already in flight — here a
 * segment list waiting on a slow Dataverse — finish with its normal answer.
 *
 * <p>
 * The application is started here rather than by the Spring test framework, because the
 * test closes it, which a cached test context does not allow.
 */
class GracefulShutdownTest {

	private static final String SEGMENTS = "/api/data/v9.2/msdyncrm_segments";

	/**
	 * Dataverse has the segment list request, and holds its answer until the test lets it
	 * go.
	 */
	private final CountDownLatch arrived = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private final WireMockServer dataverse = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort().extensions(new HeldUntilReleased()));

	private ConfigurableApplicationContext context;

	/**
	 * Makes the segment list answer wait for {@link #release} (on WireMock's thread; the
	 * test never sleeps).
	 */
	private final class HeldUntilReleased implements ResponseTransformerV2 {

		@Override
		public Response transform(Response response, ServeEvent serveEvent) {
			if (serveEvent.getRequest().getUrl().startsWith(SEGMENTS)) {
				arrived.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return response;
		}

		@Override
		public String getName() {
			return "held-until-released";
		}

	}

	/**
	 * The application's scan sees only main classes (not other tests' configurations), as
	 * in production.
	 */
	static final class MainClassesOnly extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

	}

	@AfterEach
	void stop() {
		release.countDown();
		if (context != null) {
			context.close();
		}
		dataverse.stop();
	}

	@Test
	void aRequestInFlightCompletesWhileTheContextCloses() throws Exception {
		dataverse.start();
		dataverse.stubFor(post(urlPathEqualTo("/token")).willReturn(TokenEndpoint.issues("t")));
		dataverse.stubFor(get(urlPathEqualTo(SEGMENTS)).willReturn(okJson("{\"value\":[]}")));
		// the outbound-marketing probe at start-up: the environment has outbound
		// marketing
		dataverse.stubFor(
				get(urlPathEqualTo("/api/data/v9.2/msdyncrm_customerjourneys")).willReturn(okJson("{\"value\":[]}")));
		context = new SpringApplicationBuilder(JourneyFacadeApplication.class)
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("mainClassesOnly", new MainClassesOnly()))
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
					"--dataverse.url=" + dataverse.baseUrl(), "--dataverse.token-uri=" + dataverse.baseUrl() + "/token",
					"--dataverse.tenant-id=t", "--dataverse.client-id=c", "--dataverse.client-secret=s",
					"--journey.page-token.keys=" + TestIdentityProvider.PAGE_TOKEN_KEY,
					"--auth.issuer-uri=" + TestIdentityProvider.ISSUER,
					"--auth.jwk-set-uri=" + TestIdentityProvider.jwkSetUri(),
					"--auth.audience=" + TestIdentityProvider.AUDIENCE);
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/segments"))
				.header("Authorization", "Bearer " + TestIdentityProvider.tokenWithScopes("journeys.read"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(arrived.await(10, TimeUnit.SECONDS)).as("the request reached Dataverse").isTrue();

		CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
		// Shutdown is under way: the server no longer accepts connections, and the
		// request is still open.
		await().atMost(Duration.ofSeconds(10)).until(() -> refusesNewConnections(port));
		assertThat(inFlight).isNotDone();
		release.countDown();

		HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		closing.get(30, TimeUnit.SECONDS);
		assertThat(context.isActive()).isFalse();
	}

	private static boolean refusesNewConnections(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return false;
		}
		catch (ConnectException refused) {
			return true;
		}
	}

}

package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dataverseemulator.EmulatorClient.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Dataverse's answers under load, over HTTP: the execution-time limit, the parallelism
 * hint and remaining-budget headers on every answer, web servers counting on their own,
 * random 429s of the three kinds, and a Dataverse that ignores
 * {@code Prefer: return=representation}.
 */
class ServiceProtectionTest extends EmulatorHttpTest {

	private Reply whoAmI(String... headers) {
		return client.get(client.api("WhoAmI()"), headers);
	}

	private JsonNode stats() {
		return client.get(admin("stats")).body();
	}

	private void patchThrottling(String json) {
		Reply reply = client.patch(admin("throttling"), json);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
	}

	@Test
	void overTheExecutionTimeLimitAnswers429WithItsCodeMessageAndRetryAfter() throws Exception {
		patchThrottling(
				"{\"rateLimit\":{\"enabled\":true,\"windowSeconds\":60,\"maxExecutionTimeMs\":5000},\"latencyMs\":300}");
		CompletableFuture<Reply> slow = client.getAsync(client.api("WhoAmI()"));
		await().atMost(Duration.ofSeconds(5)).until(() -> stats().get("inFlight").asInt() == 1);
		clock.advance(Duration.ofSeconds(8)); // while the call waits out its latency: 8 s
												// of execution time
		assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5)).until(() -> stats().get("inFlight").asInt() == 0);

		Reply refused = whoAmI();

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.errorCode()).isEqualTo("0x80072321");
		assertThat(refused.body().path("error").path("message").asString())
			.isEqualTo("Combined execution time of incoming"
					+ " requests exceeded limit of 5,000 milliseconds over time window of 60 seconds. Decrease number of"
					+ " concurrent requests or reduce the duration of requests and try again later.");
		assertThat(refused.header("Retry-After")).isEqualTo("60"); // the 8 s leave the
																	// window 60 s after
																	// the call ended
		assertThat(stats().path("throttledByReason").path("executionTime").asInt()).isEqualTo(1);
	}

	@Test
	void everyAnswerCarriesTheDopHintUnauthorizedAndThrottledOnesToo() {
		assertThat(whoAmI().header("x-ms-dop-hint")).isEqualTo("8");
		patchThrottling("{\"dopHint\":3,\"random\":{\"share\":1.0}}");

		assertThat(whoAmI().header("x-ms-dop-hint")).isEqualTo("3");
		client.useToken("not-a-token");
		Reply unauthorized = whoAmI();
		assertThat(unauthorized.status()).isEqualTo(401);
		assertThat(unauthorized.header("x-ms-dop-hint")).isEqualTo("3");
	}

	@Test
	void answersReportTheRemainingBudgetOfTheirWebServerAsDataverseWritesIt() {
		Reply first = whoAmI();
		assertThat(first.header("x-ms-ratelimit-burst-remaining-xrm-requests")).isEqualTo("5999");
		assertThat(first.header("x-ms-ratelimit-time-remaining-xrm-requests")).isEqualTo("1,200.00");

		Reply second = whoAmI();
		assertThat(second.header("x-ms-ratelimit-burst-remaining-xrm-requests")).isEqualTo("5998");
	}

	@Test
	void theBudgetIsReportedOnRefusalsToo() {
		patchThrottling("{\"rateLimit\":{\"enabled\":true,\"maxRequests\":1}}");
		whoAmI();

		Reply refused = whoAmI();

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("x-ms-ratelimit-burst-remaining-xrm-requests")).isEqualTo("0");
	}

	@Test
	void webServersCountOnTheirOwnAndTheAffinityCookieKeepsACallerOnOne() {
		patchThrottling("{\"webServers\":2,\"rateLimit\":{\"enabled\":true,\"maxRequests\":1}}");
		Reply first = whoAmI();
		Reply second = whoAmI(); // no cookie sent back: the next server, with a budget of
									// its own

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		String cookie = first.header("Set-Cookie");
		assertThat(cookie).startsWith("ARRAffinity=").isNotEqualTo(second.header("Set-Cookie"));
		Reply pinned = whoAmI("Cookie", cookie.substring(0, cookie.indexOf(';')));
		assertThat(pinned.status()).isEqualTo(429);
		assertThat(pinned.header("Set-Cookie")).isEqualTo(cookie);
		assertThat(stats().path("byWebServer").path("0").asInt()).isEqualTo(2);
		assertThat(stats().path("byWebServer").path("1").asInt()).isEqualTo(1);
	}

	@Test
	void randomRefusalsCarryTheCodesInTheirShares() {
		patchThrottling("{\"random\":{\"share\":1.0,\"retryAfterSeconds\":2,\"shares\":{\"requestCount\":0,"
				+ "\"executionTime\":1,\"concurrency\":1}},\"seed\":3}");
		int executionTime = 0;
		int concurrency = 0;
		for (int i = 0; i < 40; i++) {
			Reply refused = whoAmI();
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.header("Retry-After")).isEqualTo("2");
			executionTime += refused.errorCode().equals("0x80072321") ? 1 : 0;
			concurrency += refused.errorCode().equals("0x80072326") ? 1 : 0;
		}

		assertThat(executionTime + concurrency).isEqualTo(40);
		assertThat(executionTime).isBetween(8, 32);
		JsonNode random = stats().path("randomByReason");
		assertThat(random.path("executionTime").asInt()).isEqualTo(executionTime);
		assertThat(random.path("concurrency").asInt()).isEqualTo(concurrency);
		assertThat(stats().path("throttledByReason").path("random").asInt()).isEqualTo(40);
	}

	@Test
	void ignoringPreferAPostAnswers204WithTheEntityIdAndNoBody() {
		patchThrottling("{\"ignoreReturnRepresentation\":true}");

		Reply reply = client.post(client.api(JOURNEYS) + "?$select=msdyncrm_name",
				"{\"msdyncrm_name\":\"Prefer ignored\"}", "Prefer", "return=representation");

		assertThat(reply.status()).isEqualTo(204);
		assertThat(reply.text()).isEmpty();
		assertThat(reply.header("OData-EntityId")).contains("/api/data/v9.2/msdyncrm_customerjourneys(");
		assertThat(reply.header("Preference-Applied")).isNull();
	}

	@Test
	void ignoringPreferAPatchAnswers204WithTheEntityIdAndNoBody() {
		patchThrottling("{\"ignoreReturnRepresentation\":true}");
		String id = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

		Reply reply = client.patch(journey(id) + "?$select=msdyncrm_name", "{\"msdyncrm_name\":\"Renamed\"}", "Prefer",
				"return=representation");

		assertThat(reply.status()).isEqualTo(204);
		assertThat(reply.text()).isEmpty();
		assertThat(reply.header("OData-EntityId")).endsWith("/msdyncrm_customerjourneys(" + id + ")");
		assertThat(client.get(journey(id) + "?$select=msdyncrm_name").body().get("msdyncrm_name").asString())
			.isEqualTo("Renamed");
	}

}

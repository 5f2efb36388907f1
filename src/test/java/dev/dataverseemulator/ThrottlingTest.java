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
 * Service protection limits over HTTP: rate limit, concurrency cap, random 429s, latency,
 * run-time settings, counters.
 */
class ThrottlingTest extends EmulatorHttpTest {

	private void settings(String json) {
		Reply reply = client.put(admin("throttling"), json);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
	}

	private static String rateLimit(int maxRequests, int windowSeconds, int maxConcurrent, long latencyMs) {
		return "{\"rateLimit\":{\"enabled\":true,\"maxRequests\":" + maxRequests + ",\"windowSeconds\":" + windowSeconds
				+ ",\"maxConcurrent\":" + maxConcurrent + "},\"random\":{\"share\":0,\"retryAfterSeconds\":0},"
				+ "\"latencyMs\":" + latencyMs + ",\"seed\":1}";
	}

	private Reply call() {
		return client.get(client.api("WhoAmI"));
	}

	private JsonNode stats() {
		return client.get(admin("stats")).body();
	}

	@Test
	void overTheRequestLimitAnswers429WithTheTrueRetryAfter() {
		settings(rateLimit(3, 5, 52, 0));
		assertThat(call().status()).isEqualTo(200);
		clock.advance(Duration.ofMillis(1_500));
		assertThat(call().status()).isEqualTo(200);
		assertThat(call().status()).isEqualTo(200);

		Reply refused = call();

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.errorCode()).isEqualTo("0x80072322");
		assertThat(refused.body().path("error").path("message").asString())
			.isEqualTo("Number of requests exceeded the limit of 3 over time window of 5 seconds.");
		assertThat(refused.header("Retry-After")).isEqualTo("4"); // the first call leaves
																	// the window in 3.5 s
	}

	@Test
	void afterRetryAfterTheWindowAdmitsAgain() {
		settings(rateLimit(1, 5, 52, 0));
		call();
		Reply refused = call();
		clock.advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));

		assertThat(call().status()).isEqualTo(200);
	}

	@Test
	void overTheConcurrencyCapAnswers429AtOnce() throws Exception {
		settings(rateLimit(100, 300, 1, 2_000)); // the first call stays in flight for 2 s
		CompletableFuture<Reply> first = client.getAsync(client.api("WhoAmI"));
		await().atMost(Duration.ofSeconds(5)).until(() -> stats().get("inFlight").asInt() == 1);

		long started = System.nanoTime();
		Reply second = call();

		assertThat(second.status()).isEqualTo(429);
		assertThat(second.errorCode()).isEqualTo("0x80072326");
		assertThat(second.body().path("error").path("message").asString())
			.isEqualTo("Number of concurrent requests exceeded the limit of 1.");
		assertThat(second.header("Retry-After")).isEqualTo("1");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500)); // not
																										// queued
		assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5)).until(() -> stats().get("inFlight").asInt() == 0);
	}

	@Test
	void latencyIsAddedToAdmittedCalls() {
		client.patch(admin("throttling"), "{\"latencyMs\":300}");

		long started = System.nanoTime();
		Reply reply = call();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void randomModeRefusesTheConfiguredShareWithTheConfiguredRetryAfter() {
		client.patch(admin("throttling"), "{\"random\":{\"share\":1.0,\"retryAfterSeconds\":7}}");
		Reply refused = call();
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isEqualTo("7");
		assertThat(refused.errorCode()).isEqualTo("0x80072322");

		client.patch(admin("throttling"), "{\"random\":{\"share\":0.5},\"seed\":7}");
		int throttled = 0;
		for (int i = 0; i < 20; i++) {
			throttled += call().status() == 429 ? 1 : 0;
		}
		assertThat(throttled).isBetween(3, 17);
		assertThat(stats().path("throttledByReason").path("random").asInt()).isEqualTo(1 + throttled);
	}

	@Test
	void settingsChangeAtRunTimeAndResetRestoresTheStartSettings() {
		JsonNode start = client.get(admin("throttling")).body();
		assertThat(start.path("rateLimit").path("enabled").asBoolean()).isFalse();
		assertThat(start.path("rateLimit").path("maxRequests").asInt()).isEqualTo(6000);
		assertThat(start.path("rateLimit").path("windowSeconds").asInt()).isEqualTo(300);
		assertThat(start.path("rateLimit").path("maxConcurrent").asInt()).isEqualTo(52);

		settings(rateLimit(1, 60, 52, 0));
		assertThat(client.get(admin("throttling")).body().path("rateLimit").path("maxRequests").asInt()).isEqualTo(1);
		call();
		assertThat(call().status()).isEqualTo(429);

		client.post(admin("reset"), "");
		assertThat(client.get(admin("throttling")).body()).isEqualTo(start);
		assertThat(call().status()).isEqualTo(200);
	}

	@Test
	void invalidSettingsAreRefusedAndChangeNothing() {
		Reply share = client.patch(admin("throttling"), "{\"random\":{\"share\":1.5}}");
		Reply noLimits = client.put(admin("throttling"), "{\"rateLimit\":null}");
		Reply noShares = client.patch(admin("throttling"), "{\"random\":{\"shares\":{\"requestCount\":0}}}");

		assertThat(share.status()).isEqualTo(400);
		assertThat(share.body().path("error").path("message").asString()).contains("random.share");
		assertThat(noLimits.status()).isEqualTo(400);
		assertThat(noShares.status()).isEqualTo(400);
		assertThat(noShares.body().path("error").path("message").asString()).contains("at least one share");
		assertThat(client.get(admin("throttling")).body().path("random").path("share").asDouble()).isZero();
	}

	@Test
	void aPutTakesTheStartValueOfWhatItLeavesOut() {
		client.patch(admin("throttling"), "{\"dopHint\":3,\"latencyMs\":20}");

		Reply reply = client.put(admin("throttling"), "{\"latencyMs\":5}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("latencyMs").asInt()).isEqualTo(5);
		assertThat(reply.body().path("dopHint").asInt()).isEqualTo(8);
		assertThat(reply.body().path("rateLimit").path("maxExecutionTimeMs").asLong()).isEqualTo(1_200_000);
	}

	@Test
	void statsCountTokensCallsAndRefusalsUntilReset() {
		settings(rateLimit(2, 60, 52, 0));
		client.get(client.api(JOURNEYS + "?$select=msdyncrm_name"));
		client.get(client.api("msdyncrm_segments"));
		client.get(client.api(JOURNEYS + "?$select=msdyncrm_name"));

		JsonNode stats = stats();

		assertThat(stats.get("tokenRequests").asInt()).isEqualTo(1);
		assertThat(stats.get("dataverseRequests").asInt()).isEqualTo(3);
		assertThat(stats.get("throttled").asInt()).isEqualTo(1);
		assertThat(stats.path("throttledByReason").path("requestCount").asInt()).isEqualTo(1);
		assertThat(stats.path("byEntitySet").path(JOURNEYS).asInt()).isEqualTo(2);

		assertThat(client.post(admin("reset-stats"), "").status()).isEqualTo(204);
		assertThat(stats().get("dataverseRequests").asInt()).isZero();
	}

}

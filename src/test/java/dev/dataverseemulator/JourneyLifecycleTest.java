package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Status changes as Dataverse makes them, with the lifecycle delay (2 s here) passed on
 * the test clock.
 */
class JourneyLifecycleTest extends EmulatorHttpTest {

	private static final int DRAFT = 192350000;

	private static final int LIVE = 192350001;

	private static final int STOPPED = 192350002;

	private static final int EXPIRED = 192350004;

	private static final int ERROR = 192350005;

	private static final int GOING_LIVE = 192350006;

	private static final int STOPPING = 192350007;

	/** The seed's update request publishes this (valid) journey. */
	private static final String SIMPLE = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

	private int status(String id) {
		return client.get(journey(id) + "?$select=statuscode").body().get("statuscode").asInt();
	}

	private Reply setStatus(String id, int status) {
		return client.patch(journey(id), "{\"statuscode\":" + status + "}");
	}

	private String liveJourney() {
		return client.get(client.api(JOURNEYS) + "?$select=msdyncrm_name&$filter=statuscode%20eq%20" + LIVE)
			.body()
			.get("value")
			.get(0)
			.get("msdyncrm_customerjourneyid")
			.asString();
	}

	@Test
	void goingLiveBecomesLiveAfterTheDelayWhenTheJourneyIsValid() {
		assertThat(setStatus(SIMPLE, GOING_LIVE).status()).isEqualTo(204);
		assertThat(status(SIMPLE)).isEqualTo(GOING_LIVE);

		clock.advance(Duration.ofMillis(1_999));
		assertThat(status(SIMPLE)).isEqualTo(GOING_LIVE);
		clock.advance(Duration.ofMillis(1));

		Reply live = client.get(journey(SIMPLE) + "?$select=statuscode,statecode,modifiedon");
		assertThat(live.body().get("statuscode").asInt()).isEqualTo(LIVE);
		assertThat(live.body().get("statecode").asInt()).isZero();
		assertThat(live.body().get("modifiedon").asString()).isEqualTo("2026-03-02T09:00:02Z");
	}

	@Test
	void goingLiveBecomesErrorWhenTheJourneyFailsTheChecks() {
		String id = client.createJourney("{\"msdyncrm_name\":\"No design yet\"}");

		setStatus(id, GOING_LIVE);
		clock.advance(Duration.ofSeconds(2));

		assertThat(status(id)).isEqualTo(ERROR);
	}

	@Test
	void transitionsShowInListsToo() {
		setStatus(SIMPLE, GOING_LIVE);
		clock.advance(Duration.ofSeconds(3));

		Reply list = client.get(client.api(JOURNEYS) + "?$select=statuscode&$filter="
				+ EmulatorClient.encode("msdyncrm_customerjourneyid eq " + SIMPLE));

		assertThat(list.body().get("value").get(0).get("statuscode").asInt()).isEqualTo(LIVE);
	}

	@Test
	void stoppingBecomesStoppedAfterTheDelay() {
		String live = liveJourney();

		assertThat(setStatus(live, STOPPING).status()).isEqualTo(204);
		assertThat(status(live)).isEqualTo(STOPPING);
		clock.advance(Duration.ofSeconds(2));

		assertThat(status(live)).isEqualTo(STOPPED);
	}

	@Test
	void aStoppedJourneyCanGoLiveAgain() {
		String live = liveJourney();
		setStatus(live, STOPPING);
		clock.advance(Duration.ofSeconds(2));

		assertThat(setStatus(live, GOING_LIVE).status()).isEqualTo(204);
		clock.advance(Duration.ofSeconds(2));
		assertThat(status(live)).isEqualTo(LIVE);
	}

	@Test
	void anErrorJourneyMayRetryGoingLiveAndFailsAgainWhileItsSegmentIsMissing() {
		String broken = client.get(client.api(JOURNEYS) + "?$select=msdyncrm_name&$filter=statuscode%20eq%20" + ERROR)
			.body()
			.get("value")
			.get(0)
			.get("msdyncrm_customerjourneyid")
			.asString();

		assertThat(setStatus(broken, GOING_LIVE).status()).isEqualTo(204);
		clock.advance(Duration.ofSeconds(2));

		assertThat(status(broken)).isEqualTo(ERROR);
	}

	@Test
	void transitionsOutsideTheTableAnswer400() {
		Reply draftToLive = setStatus(SIMPLE, LIVE);
		Reply draftToStopping = setStatus(SIMPLE, STOPPING);

		assertThat(draftToLive.status()).isEqualTo(400);
		assertThat(draftToLive.errorCode()).isEqualTo("0x80040203");
		assertThat(draftToLive.body().path("error").path("message").asString()).contains("Draft (192350000)",
				"Live (192350001)");
		assertThat(draftToStopping.status()).isEqualTo(400);
		assertThat(status(SIMPLE)).isEqualTo(DRAFT);
	}

	@Test
	void onlyDataverseMovesAJourneyOutOfGoingLive() {
		setStatus(SIMPLE, GOING_LIVE);

		assertThat(setStatus(SIMPLE, STOPPING).status()).isEqualTo(400);
		assertThat(setStatus(SIMPLE, DRAFT).status()).isEqualTo(400);
	}

	@Test
	void aLiveJourneyRefusesChangesToItsFields() {
		String live = liveJourney();

		Reply rename = client.patch(journey(live), "{\"msdyncrm_name\":\"Renamed while live\"}");

		assertThat(rename.status()).isEqualTo(400);
		assertThat(rename.errorCode()).isEqualTo("0x80040265");
		assertThat(client.patch(journey(live), "{\"statuscode\":" + LIVE + "}").status()).isEqualTo(204); // no
																											// change
	}

	@Test
	void aLiveJourneyCannotBeDeleted() {
		String live = liveJourney();

		Reply reply = client.delete(journey(live));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("0x80040265");
		assertThat(client.get(journey(live)).status()).isEqualTo(200);
	}

	@Test
	void anExpiredJourneyIsInactive() {
		assertThat(setStatus(SIMPLE, EXPIRED).status()).isEqualTo(204);

		assertThat(client.get(journey(SIMPLE) + "?$select=statecode").body().get("statecode").asInt()).isEqualTo(1);
	}

	@Test
	void statecodeMayBeSentOnlyWhenItAgreesWithTheStatus() {
		assertThat(client.patch(journey(SIMPLE), "{\"statuscode\":" + EXPIRED + ",\"statecode\":0}").status())
			.isEqualTo(400);
		assertThat(client.patch(journey(SIMPLE), "{\"statuscode\":" + EXPIRED + ",\"statecode\":1}").status())
			.isEqualTo(204);
	}

}

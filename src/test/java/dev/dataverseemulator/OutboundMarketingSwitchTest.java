package dev.dataverseemulator;

import dev.testsupport.Seeds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With outbound marketing gone, its entity sets and action answer as Dataverse does for
 * any unknown name.
 */
class OutboundMarketingSwitchTest extends EmulatorHttpTest {

	private static final List<String> OUTBOUND_SETS = List.of(JOURNEYS, "msdyncrm_segments", "msdyncrm_marketingemails",
			"msdyncrm_contentsettingss");

	private void switchOutbound(boolean enabled) {
		Reply reply = client.put(admin("outbound-marketing"), "{\"enabled\":" + enabled + "}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("enabled").asBoolean()).isEqualTo(enabled);
	}

	@Test
	void switchedOffTheOutboundEntitySetsAnswer404ForTheUnknownSegment() {
		switchOutbound(false);

		for (String set : OUTBOUND_SETS) {
			Reply reply = client.get(client.api(set) + "?$top=1");
			assertThat(reply.status()).as(set).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("0x8006088a");
			assertThat(reply.body().path("error").path("message").asString())
				.isEqualTo("Resource not found for the segment '" + set + "'.");
		}
		assertThat(client.get(journey("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc")).status()).isEqualTo(404);
		assertThat(client.post(client.api(JOURNEYS), "{\"msdyncrm_name\":\"x\"}").status()).isEqualTo(404);
	}

	@Test
	void switchedOffTheValidateActionAnswers404() {
		switchOutbound(false);

		Reply reply = client.post(client.api("msdyncrm_CustomerJourneyValidate"), Seeds.validateJourneyRequest());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("0x8006088a");
	}

	@Test
	void switchedOffRealTimeJourneysAndTheRestStillAnswer() {
		switchOutbound(false);

		assertThat(client.get(client.api("msdynmkt_journeys?$top=1")).status()).isEqualTo(200);
		assertThat(client.get(client.api("systemusers?$top=1")).status()).isEqualTo(200);
		assertThat(client.get(client.api("WhoAmI()")).status()).isEqualTo(200);
	}

	@Test
	void switchedOnAgainTheRecordsAreBackAndAResetSwitchesItOn() {
		switchOutbound(false);
		switchOutbound(true);
		assertThat(client.get(journey("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc")).status()).isEqualTo(200);

		switchOutbound(false);
		client.post(admin("reset"), "");
		assertThat(client.get(admin("outbound-marketing")).body().get("enabled").asBoolean()).isTrue();
	}

	@Test
	void aSwitchWithoutABooleanIsRefused() {
		assertThat(client.put(admin("outbound-marketing"), "{\"enabled\":\"no\"}").status()).isEqualTo(400);
	}

}

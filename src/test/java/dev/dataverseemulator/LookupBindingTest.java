package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Lookups written with {@code @odata.bind} and read back as {@code _…_value}. */
class LookupBindingTest extends EmulatorHttpTest {

	private static final String CONTENT_SETTINGS = "1922b1d8-0523-e911-a9ba-000d3a1e689f";

	private static final String SUPPRESSION = "544a3e20-9b23-e911-a9b6-000d3a1e6c14";

	private static final String OWNER = "d0e20c01-d6c6-480f-aab5-0fa6749565a5";

	private static final String SELECT = "?$select=_msdyncrm_contentsettingsid_value,_msdyncrm_suppressionsegmentid_value,_ownerid_value";

	@Test
	void bindsAllThreeLookupsAndReadsThemBackAsValues() {
		String id = client.createJourney("{\"msdyncrm_name\":\"Bound\","
				+ "\"msdyncrm_contentsettingsId@odata.bind\":\"/msdyncrm_contentsettingss(" + CONTENT_SETTINGS + ")\","
				+ "\"msdyncrm_SuppressionSegmentId@odata.bind\":\"/msdyncrm_segments(" + SUPPRESSION + ")\","
				+ "\"ownerid@odata.bind\":\"/systemusers(" + OWNER + ")\"}");

		JsonNode journey = client.get(journey(id) + SELECT).body();

		assertThat(journey.get("_msdyncrm_contentsettingsid_value").asString()).isEqualTo(CONTENT_SETTINGS);
		assertThat(journey.get("_msdyncrm_suppressionsegmentid_value").asString()).isEqualTo(SUPPRESSION);
		assertThat(journey.get("_ownerid_value").asString()).isEqualTo(OWNER);
	}

	@Test
	void aNullBindClearsTheLookup() {
		String id = client.createJourney("{\"msdyncrm_name\":\"To clear\","
				+ "\"msdyncrm_SuppressionSegmentId@odata.bind\":\"/msdyncrm_segments(" + SUPPRESSION + ")\"}");

		assertThat(client.patch(journey(id), "{\"msdyncrm_SuppressionSegmentId@odata.bind\":null}").status())
			.isEqualTo(204);

		assertThat(client.get(journey(id) + SELECT).body().get("_msdyncrm_suppressionsegmentid_value").isNull())
			.isTrue();
	}

	@Test
	void aWronglyCasedNavigationPropertyAnswers400() {
		Reply reply = client.post(client.api(JOURNEYS),
				"{\"msdyncrm_name\":\"x\"," + "\"msdyncrm_contentsettingsid@odata.bind\":\"/msdyncrm_contentsettingss("
						+ CONTENT_SETTINGS + ")\"}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("0x80048d19");
		assertThat(reply.body().path("error").path("message").asString())
			.contains("undeclared property 'msdyncrm_contentsettingsid'");
	}

	@Test
	void aBindToAMissingRecordAnswers404() {
		Reply reply = client.post(client.api(JOURNEYS), "{\"msdyncrm_name\":\"x\","
				+ "\"msdyncrm_SuppressionSegmentId@odata.bind\":\"/msdyncrm_segments(00000000-0000-0000-0000-000000000009)\"}");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("0x80040217");
		assertThat(reply.body().path("error").path("message").asString()).startsWith("msdyncrm_segment With Id =");
	}

	@Test
	void aBindToTheWrongEntitySetAnswers400() {
		Reply reply = client.post(client.api(JOURNEYS),
				"{\"msdyncrm_name\":\"x\"," + "\"ownerid@odata.bind\":\"/msdyncrm_segments(" + SUPPRESSION + ")\"}");

		assertThat(reply.status()).isEqualTo(400);
	}

	@Test
	void theLookupValuesCannotBeWrittenDirectly() {
		Reply reply = client.post(client.api(JOURNEYS),
				"{\"msdyncrm_name\":\"x\",\"_ownerid_value\":\"" + OWNER + "\"}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("0x80048d19");
	}

	@Test
	void aJourneyWithoutOwnerBelongsToTheApplicationUser() {
		String id = client.createJourney("{\"msdyncrm_name\":\"Mine\"}");

		assertThat(client.get(journey(id) + SELECT).body().get("_ownerid_value").asString())
			.isEqualTo("3b5f1e7a-0c4d-4e8b-9a55-5e3f0c2d7a11");
	}

	@Test
	void lookupValuesCanBeFiltered() {
		Reply reply = client.get(client.api(JOURNEYS) + "?$select=msdyncrm_name&$filter="
				+ EmulatorClient.encode("_msdyncrm_suppressionsegmentid_value eq " + SUPPRESSION));

		assertThat(reply.body().get("value")).extracting(j -> j.get("msdyncrm_name").asString())
			.containsExactly("Sample Customer Journey");
	}

}

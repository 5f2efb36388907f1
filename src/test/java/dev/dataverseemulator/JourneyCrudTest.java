package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import dev.testsupport.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JourneyCrudTest extends EmulatorHttpTest {

	private static final String CLIENT_ID = "a1b2c3d4-0000-4000-8000-000000000001";

	@Test
	void createAnswers204WithTheODataEntityId() {
		Reply reply = client.post(client.api(JOURNEYS), "{\"msdyncrm_name\":\"Autumn newsletter\"}");

		assertThat(reply.status()).isEqualTo(204);
		assertThat(reply.header("OData-EntityId")).matches(
				"http://127\\.0\\.0\\.1:" + port + "/api/data/v9\\.2/msdyncrm_customerjourneys\\([0-9a-f-]{36}\\)");
	}

	@Test
	void theSeedsCreateRequestCreatesADraftWithItsValues() {
		String id = client.createJourney(Seeds.createJourneyRequest());

		JsonNode journey = client.get(journey(id)).body();
		assertThat(journey.get("msdyncrm_name").asString()).isEqualTo("Simple Email Sample");
		assertThat(journey.get("statuscode").asInt()).isEqualTo(192350000);
		assertThat(journey.get("statecode").asInt()).isZero();
		assertThat(journey.get("msdyncrm_startdatetime").asString()).isEqualTo("2019-02-09T11:29:00Z");
		assertThat(journey.get("_msdyncrm_contentsettingsid_value").asString())
			.isEqualTo("1922b1d8-0523-e911-a9ba-000d3a1e689f");
		assertThat(journey.get("_ownerid_value").asString()).isEqualTo("d0e20c01-d6c6-480f-aab5-0fa6749565a5");
		assertThat(journey.get("createdon").asString()).isEqualTo("2026-03-02T09:00:00Z");
		assertThat(journey.get("modifiedon").asString()).isEqualTo("2026-03-02T09:00:00Z");
	}

	@Test
	void createWithReturnRepresentationAnswers201WithTheRecordAndItsEtag() {
		Reply reply = client.post(client.api(JOURNEYS + "?$select=msdyncrm_name,statuscode"),
				"{\"msdyncrm_name\":\"With representation\"}", "Prefer", "return=representation");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.header("OData-EntityId")).isNull();
		assertThat(reply.header("Preference-Applied")).isEqualTo("return=representation");
		assertThat(reply.body().get("msdyncrm_name").asString()).isEqualTo("With representation");
		assertThat(reply.body().get("@odata.etag").asString()).matches("W/\"\\d+\"").isEqualTo(reply.header("ETag"));
		assertThat(reply.body().get("@odata.context").asString())
			.endsWith("/api/data/v9.2/$metadata#msdyncrm_customerjourneys(msdyncrm_name,statuscode)/$entity");
		assertThat(reply.body().has("msdyncrm_workflowdefinition")).isFalse();
	}

	@Test
	void aClientChosenIdIsHonouredAndASecondCreateWithItAnswers412() {
		String body = "{\"msdyncrm_customerjourneyid\":\"" + CLIENT_ID + "\",\"msdyncrm_name\":\"Chosen id\"}";

		assertThat(client.createJourney(body)).isEqualTo(CLIENT_ID);
		Reply again = client.post(client.api(JOURNEYS), body);

		assertThat(again.status()).isEqualTo(412);
		assertThat(again.errorCode()).isEqualTo("0x80040237");
	}

	@Test
	void retrieveWithSelectAnswersThoseColumnsTheKeyEtagAndContext() {
		Reply reply = client.get(journey("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc") + "?$select=msdyncrm_name,statuscode");

		assertThat(reply.status()).isEqualTo(200);
		List<String> names = new ArrayList<>(reply.body().propertyNames());
		assertThat(names).containsExactly("@odata.context", "@odata.etag", "msdyncrm_name", "statuscode",
				"msdyncrm_customerjourneyid");
		assertThat(reply.header("ETag")).isEqualTo(reply.body().get("@odata.etag").asString());
		assertThat(reply.header("OData-Version")).isEqualTo("4.0");
	}

	@Test
	void retrieveWithoutSelectAnswersEveryColumnNullsIncluded() {
		JsonNode journey = client.get(journey("b6faa2b7-b92b-e911-8185-000d3af9d16a")).body();

		assertThat(journey.has("msdyncrm_workflowdefinition")).isTrue();
		assertThat(journey.get("msdyncrm_startdatetime").isNull()).isTrue();
		assertThat(journey.has("_msdyncrm_suppressionsegmentid_value")).isTrue();
	}

	@Test
	void aMissingRecordAnswers404InDataverseShape() {
		Reply reply = client.get(journey("00000000-0000-0000-0000-000000000404"));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("0x80040217");
		assertThat(reply.body().path("error").path("message").asString())
			.isEqualTo("msdyncrm_customerjourney With Id = 00000000-0000-0000-0000-000000000404 Does Not Exist");
		assertThat(reply.header("x-ms-service-request-id")).isNotBlank();
	}

	@Test
	void anUnknownEntitySetOrActionAnswers404() {
		Reply set = client.get(client.api("msdyncrm_contentsettingses"));
		Reply action = client.post(client.api("msdyncrm_CustomerJourneyPublish"), "{}");

		assertThat(set.status()).isEqualTo(404);
		assertThat(set.errorCode()).isEqualTo("0x8006088a");
		assertThat(action.status()).isEqualTo(404);
		assertThat(action.errorCode()).isEqualTo("0x8006088a");
	}

	@Test
	void servesApiVersions90And92Only() {
		String path = "/api/data/%s/msdyncrm_customerjourneys(8aee9d91-8c2b-e911-a9b7-000d3a1e6adc)?$select=msdyncrm_name";
		assertThat(client.get(client.origin() + path.formatted("v9.0")).status()).isEqualTo(200);
		assertThat(client.get(client.origin() + path.formatted("v9.2")).status()).isEqualTo(200);
		assertThat(client.get(client.origin() + path.formatted("v8.2")).status()).isEqualTo(404);
	}

	@Test
	void aNameIsRequiredAndAtMost100Characters() {
		Reply missing = client.post(client.api(JOURNEYS), "{\"msdyncrm_type\":192350000}");
		Reply tooLong = client.post(client.api(JOURNEYS), "{\"msdyncrm_name\":\"" + "x".repeat(101) + "\"}");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorCode()).isEqualTo("0x80044331");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().path("error").path("message").asString()).contains("maximum allowed length of '100'");
	}

	@Test
	void unknownPropertiesAndWrongTypesAnswer400WithThePayloadCode() {
		Reply unknown = client.post(client.api(JOURNEYS), "{\"msdyncrm_name\":\"x\",\"msdyncrm_colour\":\"red\"}");
		Reply wrongType = client.post(client.api(JOURNEYS),
				"{\"msdyncrm_name\":\"x\",\"msdyncrm_recurrencecount\":\"3\"}");
		Reply notJson = client.post(client.api(JOURNEYS), "{\"msdyncrm_name\":");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorCode()).isEqualTo("0x80048d19");
		assertThat(wrongType.errorCode()).isEqualTo("0x80048d19");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.errorCode()).isEqualTo("0x80048d19");
	}

	@Test
	void outOfRangeValuesAnswer400WithTheValidationCode() {
		for (String body : List.of("{\"msdyncrm_name\":\"x\",\"msgdpr_requiredconsent\":587030009}",
				"{\"msdyncrm_name\":\"x\",\"msdyncrm_type\":1}",
				"{\"msdyncrm_name\":\"x\",\"msdyncrm_entitytarget\":2}",
				"{\"msdyncrm_name\":\"x\",\"msdyncrm_recurrenceintervaldays\":-1}",
				"{\"msdyncrm_name\":\"x\",\"msdyncrm_customerjourneydesignerstate\":\"" + "s".repeat(100_001)
						+ "\"}")) {
			Reply reply = client.post(client.api(JOURNEYS), body);
			assertThat(reply.status()).as(body.substring(0, Math.min(60, body.length()))).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("0x80044331");
		}
	}

	@Test
	void aJourneyIsCreatedAsDraftOnly() {
		Reply live = client.post(client.api(JOURNEYS), "{\"msdyncrm_name\":\"x\",\"statuscode\":192350001}");

		assertThat(live.status()).isEqualTo(400);
	}

	@Test
	void deleteRemovesTheJourneyAndASecondDeleteAnswers404() {
		String id = "b6faa2b7-b92b-e911-8185-000d3af9d16a"; // the seed's delete request

		assertThat(client.delete(journey(id)).status()).isEqualTo(204);
		assertThat(client.get(journey(id)).status()).isEqualTo(404);
		Reply again = client.delete(journey(id));
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.errorCode()).isEqualTo("0x80040217");
	}

	@Test
	void theSeededReferenceSetsAreReadOnly() {
		Reply reply = client.post(client.api("msdyncrm_segments"), "{\"msdyncrm_segmentname\":\"new\"}");

		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.body().has("error")).isTrue();
	}

	@Test
	void whoAmINamesTheApplicationUser() {
		Reply reply = client.get(client.api("WhoAmI"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("UserId").asString()).isEqualTo("3b5f1e7a-0c4d-4e8b-9a55-5e3f0c2d7a11");
	}

}

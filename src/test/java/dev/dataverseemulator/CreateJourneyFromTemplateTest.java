package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import dev.dataverseemulator.entity.RealtimeSeedData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code msdynmkt_CreateJourneyFromTemplate} as Microsoft's create-journey-template-api
 * page documents it: Draft and Publish, JSONPath modifications, and each documented error
 * code in {@code msdynmkt_errors}.
 */
class CreateJourneyFromTemplateTest extends EmulatorHttpTest {

	private static final String ACTION = "msdynmkt_CreateJourneyFromTemplate";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String START = "2026-04-01T09:00:00Z";

	private static final String END = "2026-06-30T17:00:00Z";

	/**
	 * A request body: template, name, and the given parameters (name, value pairs) on
	 * top.
	 */
	private static String body(Object template, String name, Object... more) {
		ObjectNode body = JSON.createObjectNode();
		body.put("msdynmkt_journeytemplateid", template.toString());
		body.put("msdynmkt_journeyname", name);
		for (int i = 0; i + 1 < more.length; i += 2) {
			body.set((String) more[i], JSON.valueToTree(more[i + 1]));
		}
		return JSON.writeValueAsString(body);
	}

	/**
	 * {@code msdynmkt_jsonpathmodifications}: the JSON object of path → value, in a
	 * string.
	 */
	private static String modifications(Object... pathsAndValues) {
		ObjectNode object = JSON.createObjectNode();
		for (int i = 0; i + 1 < pathsAndValues.length; i += 2) {
			object.set((String) pathsAndValues[i], JSON.valueToTree(pathsAndValues[i + 1]));
		}
		return JSON.writeValueAsString(object);
	}

	private Reply create(String body) {
		Reply reply = client.post(client.api(ACTION), body);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return reply;
	}

	private static List<String> errorCodes(Reply reply) {
		List<String> codes = new ArrayList<>();
		EmulatorClient.json(reply.body().get("msdynmkt_errors").asString())
			.forEach(e -> codes.add(e.get("ErrorCode").asString()));
		return codes;
	}

	private JsonNode journey(JsonNode id) {
		return client.get(client.api("msdynmkt_journeys(" + id.asString() + ")")).body();
	}

	private int journeyCount() {
		return client.get(client.api("msdynmkt_journeys?$select=msdynmkt_name")).body().get("value").size();
	}

	@Test
	void draftModeCreatesAValidDraftFromMicrosoftsExampleTemplate() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "Welcome Campaign Q2 2026",
				"msdynmkt_journeystarttime", START, "msdynmkt_journeyendtime", "2026-06-25 17:46:06 +02:00"));

		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).isTrue();
		assertThat(reply.body().get("msdynmkt_errors").asString()).isEqualTo("[]");
		assertThat(reply.body().get("@odata.context").asString())
			.endsWith("$metadata#Microsoft.Dynamics.CRM.msdynmkt_CreateJourneyFromTemplateResponse");
		JsonNode journey = journey(reply.body().get("msdynmkt_journeyid"));
		assertThat(journey.get("msdynmkt_name").asString()).isEqualTo("Welcome Campaign Q2 2026");
		assertThat(journey.get("statuscode").asInt()).isEqualTo(1);
		assertThat(journey.get("statecode").asInt()).isZero();
		assertThat(journey.get("msdynmkt_triggertype").asInt()).isEqualTo(2);
		assertThat(journey.get("msdynmkt_journeystarttime").asString()).isEqualTo(START);
		assertThat(journey.get("msdynmkt_journeyendtime").asString()).isEqualTo("2026-06-25T15:46:06Z");
		assertThat(journey.get("_msdynmkt_templateid_value").asString())
			.isEqualTo(RealtimeSeedData.WELCOME_TEMPLATE.toString());
	}

	@Test
	void publishModeCreatesAPublishingJourneyThatGoesLiveAfterTheDelay() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "Published welcome", "msdynmkt_createmode",
				"Publish", "msdynmkt_journeystarttime", START));

		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).isTrue();
		JsonNode id = reply.body().get("msdynmkt_journeyid");
		assertThat(journey(id).get("statuscode").asInt()).isEqualTo(4);
		clock.advance(Duration.ofSeconds(2));
		assertThat(journey(id).get("statuscode").asInt()).isEqualTo(2);
		assertThat(journey(id).get("statecode").asInt()).isEqualTo(1);
	}

	@Test
	void modificationsAreAppliedToTheTemplatesJourneyJson() {
		String exclusions = RealtimeSeedData.SUPPRESSION_SEGMENT.toString();
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "Seattle welcome",
				"msdynmkt_jsonpathmodifications",
				modifications("$.trigger.audience", RealtimeSeedData.SEATTLE_SEGMENT.toString(),
						"$.trigger.exclusionSegments", List.of(exclusions), "$.exitCriteria.suppressionSegments",
						List.of(exclusions), "$.actions['" + RealtimeSeedData.EMAIL_ACTION + "'].parameters.contentId",
						RealtimeSeedData.NEWSLETTER_EMAIL.toString())));

		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).as(reply.text()).isTrue();
		JsonNode json = EmulatorClient
			.json(journey(reply.body().get("msdynmkt_journeyid")).get("msdynmkt_journeyjson").asString());
		assertThat(json.at("/trigger/audience").asString()).isEqualTo(RealtimeSeedData.SEATTLE_SEGMENT.toString());
		assertThat(json.at("/trigger/exclusionSegments/0").asString()).isEqualTo(exclusions);
		assertThat(json.at("/exitCriteria/suppressionSegments/0").asString()).isEqualTo(exclusions);
		assertThat(json.path("actions").path(RealtimeSeedData.EMAIL_ACTION).at("/parameters/contentId").asString())
			.isEqualTo(RealtimeSeedData.NEWSLETTER_EMAIL.toString());
		assertThat(json.path("actions").path(RealtimeSeedData.SMS_ACTION).at("/parameters/smsId").asString())
			.isEqualTo(RealtimeSeedData.WELCOME_SMS.toString()); // untouched
	}

	@Test
	void aModificationValueContainingAnApostropheArrivesVerbatim() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "O'Brien's welcome",
				"msdynmkt_jsonpathmodifications", modifications("$.trigger.audience", "O'Brien's segment")));

		assertThat(errorCodes(reply)).containsExactly("NonExistingSegment");
		assertThat(reply.text()).contains("Segment with ID: O'Brien's segment does not exist.");
		JsonNode journey = journey(reply.body().get("msdynmkt_journeyid")); // Draft:
																			// created
																			// with its
																			// errors
		assertThat(journey.get("msdynmkt_name").asString()).isEqualTo("O'Brien's welcome");
		assertThat(
				EmulatorClient.json(journey.get("msdynmkt_journeyjson").asString()).at("/trigger/audience").asString())
			.isEqualTo("O'Brien's segment");
	}

	@Test
	void aJourneyIdIsAcceptedAsTheBase() {
		Reply reply = create(body(RealtimeSeedData.DRAFT_JOURNEY, "Spring newsletter, again"));

		JsonNode copy = journey(reply.body().get("msdynmkt_journeyid"));
		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).isTrue();
		assertThat(EmulatorClient.json(copy.get("msdynmkt_journeyjson").asString()).at("/trigger/audience").asString())
			.isEqualTo(RealtimeSeedData.SEATTLE_SEGMENT.toString());
		assertThat(copy.get("_msdynmkt_templateid_value").asString())
			.isEqualTo(RealtimeSeedData.NEWSLETTER_TEMPLATE.toString());
	}

	@Test
	void aNameInUseAnswersDuplicateJourneyNameAndCreatesNothing() {
		int before = journeyCount();

		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "WELCOME SERIES emea"));

		assertThat(errorCodes(reply)).containsExactly("DuplicateJourneyName");
		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).isFalse();
		assertThat(reply.body().get("msdynmkt_journeyid").isNull()).isTrue();
		assertThat(journeyCount()).isEqualTo(before);
	}

	@Test
	void anUnknownTemplateAnswersInvalidJourneyTemplateId() {
		assertThat(errorCodes(create(body("00000000-0000-0000-0000-000000000001", "x"))))
			.containsExactly("InvalidJourneyTemplateId");
	}

	@Test
	void aTemplateWhoseJsonDoesNotParseAnswersInvalidJourneyJsonInTemplate() {
		assertThat(errorCodes(create(body(RealtimeSeedData.BROKEN_TEMPLATE, "x"))))
			.containsExactly("InvalidJourneyJsonInTemplate");
	}

	@Test
	void modificationsThatAreNoJsonObjectAnswerInvalidJsonPathModifications() {
		Reply notJson = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications",
				"{'$.trigger.audience':'single quotes are not JSON'}"));
		Reply array = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications", "[]"));

		assertThat(errorCodes(notJson)).containsExactly("InvalidJsonPathModifications");
		assertThat(errorCodes(array)).containsExactly("InvalidJsonPathModifications");
	}

	@Test
	void aPathTheJsonDoesNotHaveAnswersInvalidJsonPath() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications",
				modifications("$.trigger.Audience", RealtimeSeedData.SEATTLE_SEGMENT.toString()))); // keys
																									// are
																									// case-sensitive

		assertThat(errorCodes(reply)).containsExactly("InvalidJsonPath");
		assertThat(reply.text()).contains("$.trigger.Audience");
	}

	@Test
	void aPathThatIsNoJsonPathAnswersUnableToSelectJsonToken() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications",
				modifications("$.trigger..", "x")));

		assertThat(errorCodes(reply)).containsExactly("UnableToSelectJsonToken");
	}

	@Test
	void aValueOfTheWrongShapeAnswersInvalidJsonAfterModificationApplied() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications",
				modifications("$.trigger.exclusionSegments", RealtimeSeedData.SEATTLE_SEGMENT.toString())));

		assertThat(errorCodes(reply)).containsExactly("InvalidJsonAfterModificationApplied");
	}

	@Test
	void anEmptyNameAnswersEmptyJourneyName() {
		assertThat(errorCodes(create(body(RealtimeSeedData.WELCOME_TEMPLATE, "  "))))
			.containsExactly("EmptyJourneyName");
	}

	@Test
	void aNameLongerThan150CharactersIsNotApplied() {
		assertThat(errorCodes(create(body(RealtimeSeedData.WELCOME_TEMPLATE, "n".repeat(151)))))
			.containsExactly("UnableToApplyJourneyEntityFieldChanges");
	}

	@Test
	void anEndBeforeTheStartAnswersInvalidTimeRange() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "Backwards", "msdynmkt_journeystarttime", END,
				"msdynmkt_journeyendtime", START));

		assertThat(errorCodes(reply)).containsExactly("InvalidTimeRange");
		assertThat(reply.body().get("msdynmkt_journeyid").isNull()).isFalse(); // a Draft,
																				// with
																				// its
																				// error
	}

	@Test
	void aStartInThePastAnswersInvalidStartTime() {
		Reply reply = create(
				body(RealtimeSeedData.WELCOME_TEMPLATE, "Late", "msdynmkt_journeystarttime", "2025-09-15T09:00:00Z"));

		assertThat(errorCodes(reply)).containsExactly("InvalidStartTime");
		assertThat(reply.text()).contains("Journey start time cannot be in the past.");
	}

	@Test
	void anEndInThePastAnswersInvalidEndTime() {
		assertThat(errorCodes(create(
				body(RealtimeSeedData.WELCOME_TEMPLATE, "Over", "msdynmkt_journeyendtime", "2026-01-01T00:00:00Z"))))
			.containsExactly("InvalidEndTime");
	}

	@Test
	void anUnknownSegmentAnswersNonExistingSegment() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications",
				modifications("$.exitCriteria.suppressionSegments", List.of("12345678-1234-1234-1234-123456789012"))));

		assertThat(errorCodes(reply)).containsExactly("NonExistingSegment");
		assertThat(reply.text()).contains("Segment with ID: 12345678-1234-1234-1234-123456789012 does not exist.");
	}

	@Test
	void aSegmentThatIsNotLiveAnswersSegmentNotInLiveState() {
		assertThat(errorCodes(create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications",
				modifications("$.trigger.audience", RealtimeSeedData.DRAFT_SEGMENT.toString())))))
			.containsExactly("SegmentNotInLiveState");
	}

	@Test
	void anUnknownMessageAnswersNonExistingMessage() {
		assertThat(errorCodes(create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_jsonpathmodifications",
				modifications("$.actions['" + RealtimeSeedData.PUSH_ACTION + "'].parameters.pushNotificationId",
						RealtimeSeedData.WELCOME_SMS.toString()))))) // a text message's
																		// id is no push
																		// notification's
			.containsExactly("NonExistingMessage");
	}

	@Test
	void draftModeToleratesAMessageThatIsNotReadyToSend() {
		Reply reply = create(body(RealtimeSeedData.EVENT_TEMPLATE, "Event follow-up draft"));

		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).isTrue();
		assertThat(reply.body().get("msdynmkt_journeyid").isNull()).isFalse();
	}

	@Test
	void publishModeRefusesAMessageThatIsNotReadyToSendAndCreatesNothing() {
		int before = journeyCount();

		Reply reply = create(
				body(RealtimeSeedData.EVENT_TEMPLATE, "Event follow-up live", "msdynmkt_createmode", "Publish"));

		assertThat(errorCodes(reply)).containsExactly("NotReadyToSendMessageState");
		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).isFalse();
		assertThat(journeyCount()).isEqualTo(before);
	}

	@Test
	void aPublishThatFailsItsChecksNamesAnIdBesideIsValidFalseAsMicrosoftsErrorExampleDoesButSavesNothing() {
		Reply reply = create(
				body(RealtimeSeedData.EVENT_TEMPLATE, "Event follow-up, id", "msdynmkt_createmode", "Publish"));

		JsonNode id = reply.body().get("msdynmkt_journeyid");
		assertThat(reply.body().get("msdynmkt_isvalid").asBoolean()).isFalse();
		assertThat(id.isNull()).isFalse();
		assertThat(client.get(client.api("msdynmkt_journeys(" + id.asString() + ")")).status()).isEqualTo(404);
	}

	@Test
	void aTemplateWithoutAudienceIsOnlyADraftUntilOneIsChosen() {
		Reply draft = create(body(RealtimeSeedData.NEWSLETTER_TEMPLATE, "Newsletter draft"));
		Reply publish = create(
				body(RealtimeSeedData.NEWSLETTER_TEMPLATE, "Newsletter live", "msdynmkt_createmode", "Publish"));

		assertThat(errorCodes(draft)).containsExactly("InvalidDefinition");
		assertThat(draft.body().get("msdynmkt_journeyid").isNull()).isFalse();
		assertThat(errorCodes(publish)).containsExactly("InvalidDefinition", "NonExistingMessage");
		assertThat(
				client.get(client.api("msdynmkt_journeys(" + publish.body().get("msdynmkt_journeyid").asString() + ")"))
					.status())
			.isEqualTo(404);
	}

	@Test
	void anUnknownOwningBusinessUnitAnswersNonExistingBusinessUnit() {
		assertThat(errorCodes(create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_owningbusinessunitid",
				"11111111-2222-3333-4444-555555555555"))))
			.containsExactly("NonExistingBusinessUnit");
	}

	@Test
	void theEmptyGuidAsOwningBusinessUnitAnswersInvalidBusinessUnit() {
		assertThat(errorCodes(create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_owningbusinessunitid",
				"00000000-0000-0000-0000-000000000000"))))
			.containsExactly("InvalidBusinessUnit");
	}

	@Test
	void errorsComeBackAsAJsonArrayInAStringOfErrorCodeAndErrorMessage() {
		Reply reply = create(body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_journeystarttime",
				"2025-09-15T09:00:00Z", "msdynmkt_jsonpathmodifications",
				modifications("$.trigger.audience", "12345678-1234-1234-1234-123456789012")));

		JsonNode errors = EmulatorClient.json(reply.body().get("msdynmkt_errors").asString());
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.get(0).propertyNames()).containsExactly("ErrorCode", "ErrorMessage");
		assertThat(errorCodes(reply)).containsExactlyInAnyOrder("InvalidStartTime", "NonExistingSegment");
	}

	@Test
	void parametersOfTheWrongTypeOrMissingAnswer400BeforeTheActionRuns() {
		Reply notAGuid = client.post(client.api(ACTION), body("not-a-guid", "x"));
		Reply noName = client.post(client.api(ACTION),
				"{\"msdynmkt_journeytemplateid\":\"" + RealtimeSeedData.WELCOME_TEMPLATE + "\"}");
		Reply unknown = client.post(client.api(ACTION),
				body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_colour", "red"));
		Reply badMode = client.post(client.api(ACTION),
				body(RealtimeSeedData.WELCOME_TEMPLATE, "x", "msdynmkt_createmode", "Live"));

		assertThat(notAGuid.status()).isEqualTo(400);
		assertThat(notAGuid.errorCode()).isEqualTo("0x80048d19");
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.body().path("error").path("message").asString()).contains("msdynmkt_journeyname");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(badMode.status()).isEqualTo(400);
	}

}

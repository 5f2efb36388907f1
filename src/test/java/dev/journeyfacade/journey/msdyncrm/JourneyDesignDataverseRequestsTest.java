package dev.journeyfacade.journey.msdyncrm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.json;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.with;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.SEED_DESIGN;
import static dev.journeyfacade.journey.msdyncrm.JourneyDataverseRequestsTest.ONE;
import static dev.journeyfacade.journey.msdyncrm.JourneyDataverseRequestsTest.SET;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.created;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static dev.journeyfacade.journey.msdyncrm.JourneyDataverseRequestsTest.send;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.JSON;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.normaliseIds;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.journey.IdempotencyKeys;
import dev.journeyfacade.journey.msdyncrm.design.DesignCodec;
import dev.testsupport.Seeds;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journey API's {@code design}: how a design tree sent by a caller becomes the two
 * strings Dataverse stores (compared with the seed's create request), how the stored
 * designer state is continued on update, and how a stored definition reads back as a
 * tree, or as the reasons it cannot.
 */
class JourneyDesignDataverseRequestsTest extends DataverseStubbedApiTest {

	static final String WORKFLOW_DEFINITION = "msdyncrm_workflowdefinition";
	static final String DESIGNER_STATE = "msdyncrm_customerjourneydesignerstate";
	static final String VALIDATE = API + "msdyncrm_CustomerJourneyValidate";

	@Test
	void createWithADesignSendsTheSeedsCreateRequestUpToTheIdsTheFacadeAssigns() throws Exception {
		UUID id = IdempotencyKeys.journeyId("create", "design-1");
		DATAVERSE.stubFor(patch(urlPathEqualTo(SET + "(" + id + ")"))
			.willReturn(created(json(journey(id, "Simple Email Sample", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", """
				{"name": "Simple Email Sample", "type": "AUTOMATED", "target": "CONTACT", "requiredConsent": "CONSENT",
				 "startsAt": "2019-02-09T12:29:00+01:00", "endsAt": "2019-03-09T11:29:00Z", "timeZone": 92,
				 "contentSettingsId": "1922b1d8-0523-e911-a9ba-000d3a1e689f",
				 "ownerId": "d0e20c01-d6c6-480f-aab5-0fa6749565a5", "design": %s}""".formatted(SEED_DESIGN))
			.header("Idempotency-Key", "design-1")).andExpect(status().isCreated());

		ObjectNode sent = onlyBody(patchRequestedFor(urlPathEqualTo(SET + "(" + id + ")")));
		ObjectNode seed = (ObjectNode) tree(Seeds.createJourneyRequest());
		String definition = sent.remove(WORKFLOW_DEFINITION).asString();
		String designerState = sent.remove(DESIGNER_STATE).asString();
		assertThat(normaliseIds(definition)).isEqualTo(normaliseIds(seed.remove(WORKFLOW_DEFINITION).asString()));
		assertThat(tree(definition).valueStream().map(a -> a.get("ActivityId").asString())).containsExactly("01",
				"01_0", "01_0_1");
		assertThat(designerState).isEqualTo("{\"NextActivityID\":2,\"NextActivityItemID\":4}");
		seed.remove(DESIGNER_STATE);
		assertThat(sent).isEqualTo(seed);
	}

	@Test
	void updateWithADesignContinuesTheStoredDesignerState() throws Exception {
		String seedDefinition = Seeds.createDefinition();
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(with(journey(JourneyDataverseRequestsTest.ID, "Designed", DataverseJourneyRows.DRAFT),
					WORKFLOW_DEFINITION, seedDefinition)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(JourneyDataverseRequestsTest.ID, "Designed", DataverseJourneyRows.DRAFT)))));
		// the design as read, with a follow-up email added after the seed's email
		ObjectNode design = (ObjectNode) JSON.valueToTree(new DesignCodec().decode(seedDefinition));
		ObjectNode email = (ObjectNode) design.get("tiles").get(0).get("next").get(0);
		email.set("next", JSON.readTree("""
				[{"type": "EMAIL", "emailId": "5f1e7a3c-c12a-e911-a9b6-000d3a1e6c14", "name": "Follow-up"}]"""));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + JourneyDataverseRequestsTest.ID,
				"{\"design\": " + design + "}"))
			.andExpect(status().isOk());

		ObjectNode sent = onlyBody(patchRequestedFor(urlPathEqualTo(ONE)));
		assertThat(sent.propertyNames()).containsExactlyInAnyOrder(WORKFLOW_DEFINITION, DESIGNER_STATE);
		JsonNode activities = tree(sent.get(WORKFLOW_DEFINITION).asString());
		JsonNode seed = tree(seedDefinition);
		assertThat(List.of(activities.get(0), activities.get(1), activities.get(2))).containsExactly(seed.get(0),
				seed.get(1), seed.get(2));
		// the stored state is {"NextActivityID":8,"NextActivityItemID":42}: the new
		// tile's ids come from it
		assertThat(activities.get(3).get("ActivityId").asString()).isEqualTo("01_0_2_8");
		assertThat(activities.get(3).at("/Properties/Items/0/ActivityItemId").asInt()).isEqualTo(42);
		assertThat(sent.get(DESIGNER_STATE).asString()).isEqualTo("{\"NextActivityID\":9,\"NextActivityItemID\":43}");
	}

	@Test
	void updateWithANullDesignClearsBothStrings() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(JourneyDataverseRequestsTest.ID, "Designed", DataverseJourneyRows.DRAFT)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(JourneyDataverseRequestsTest.ID, "Designed", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + JourneyDataverseRequestsTest.ID, "{\"design\": null}"))
			.andExpect(status().isOk());

		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE))
			.withRequestBody(equalToJson("{\"" + WORKFLOW_DEFINITION + "\": null, \"" + DESIGNER_STATE + "\": null}")));
	}

	@Test
	void theTilesOfAnAccountJourneyAddressAccounts() throws Exception {
		DATAVERSE.stubFor(patch(urlMatching(SET + "\\(.*\\)"))
			.willReturn(created(json(journey(UUID.randomUUID(), "Accounts", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys",
				"{\"name\": \"Accounts\", \"target\": \"ACCOUNT\", \"design\": " + SEED_DESIGN + "}"))
			.andExpect(status().isCreated());

		JsonNode activities = tree(
				onlyBody(patchRequestedFor(urlMatching(SET + "\\(.*\\)"))).get(WORKFLOW_DEFINITION).asString());
		assertThat(activities.get(1).get("EntityTarget").asString()).isEqualTo("account");
		assertThat(activities.get(2).get("EntityTarget").asString()).isEqualTo("account");
	}

	@Test
	void validateOfAnUnsavedJourneyWithADesignSendsItsDefinition() throws Exception {
		DATAVERSE.stubFor(post(urlPathEqualTo(VALIDATE)).willReturn(ok(Seeds.validateJourneyResponse())));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys/validate",
				"{\"name\": \"Unsaved\", \"design\": " + SEED_DESIGN + "}"))
			.andExpect(status().isOk());

		ObjectNode sent = onlyBody(postRequestedFor(urlPathEqualTo(VALIDATE)));
		assertThat(normaliseIds(sent.get("FieldValueWorkflowDefinition").asString()))
			.isEqualTo(normaliseIds(Seeds.createDefinition()));
	}

	@Test
	void getReadsTheStoredDefinitionAsADesignBesideTheRawStrings() throws Exception {
		String seedDefinition = Seeds.createDefinition();
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(with(journey(JourneyDataverseRequestsTest.ID, "Designed", DataverseJourneyRows.DRAFT),
					WORKFLOW_DEFINITION, seedDefinition)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + JourneyDataverseRequestsTest.ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.design.root.ActivityId").value("01"))
			.andExpect(jsonPath("$.design.tiles[0].type").value("SEGMENT_GROUP"))
			.andExpect(jsonPath("$.design.tiles[0].stored.activityId").value("01_0"))
			.andExpect(
					jsonPath("$.design.tiles[0].segments[0].segmentId").value("24db2671-1529-e911-a9b7-000d3a1e6adc"))
			.andExpect(jsonPath("$.design.tiles[0].segments[0].activityItemId").value(24))
			.andExpect(jsonPath("$.design.tiles[0].next[0].type").value("EMAIL"))
			.andExpect(jsonPath("$.design.tiles[0].next[0].emailId").value("15bd0ab8-c12a-e911-a9b6-000d3a1e6c14"))
			.andExpect(jsonPath("$.design.tiles[0].next[0].stored.activityId").value("01_0_2"))
			.andExpect(jsonPath("$.designProblems").isEmpty())
			.andExpect(jsonPath("$.workflowDefinition").value(seedDefinition))
			.andExpect(jsonPath("$.designerState").value(DataverseJourneyRows.DESIGNER_STATE));
	}

	@Test
	void aStoredDefinitionThatIsNoTreeShowsWhyAndStaysReadableRaw() throws Exception {
		String broken = "[{\"ActivityTypeId\":\"bpf_root\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[]}},"
				+ "{\"ActivityTypeId\":\"Email\",\"ParentActivityId\":\"01_0_1\",\"ActivityId\":\"01_0_2\","
				+ "\"Properties\":{\"Items\":[]}}]";
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(with(journey(JourneyDataverseRequestsTest.ID, "Broken", DataverseJourneyRows.DRAFT),
					WORKFLOW_DEFINITION, broken)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + JourneyDataverseRequestsTest.ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.design").value(nullValue()))
			.andExpect(jsonPath("$.designProblems[0].tileRef").value("01_0_2"))
			.andExpect(jsonPath("$.designProblems[0].reason").value("parent activity 01_0_1 does not exist"))
			.andExpect(jsonPath("$.workflowDefinition").value(broken));
	}

	@Test
	void aJourneyWithoutADefinitionHasNoDesignAndNoProblems() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(with(with(journey(JourneyDataverseRequestsTest.ID, "Empty", DataverseJourneyRows.DRAFT),
					WORKFLOW_DEFINITION, null), DESIGNER_STATE, null)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + JourneyDataverseRequestsTest.ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.design").value(nullValue()))
			.andExpect(jsonPath("$.designProblems").isEmpty())
			.andExpect(jsonPath("$.workflowDefinition").value(nullValue()));
	}

	private static ObjectNode onlyBody(RequestPatternBuilder pattern) {
		List<LoggedRequest> requests = DATAVERSE.findAll(pattern);
		assertThat(requests).hasSize(1);
		return (ObjectNode) tree(requests.get(0).getBodyAsString());
	}

}

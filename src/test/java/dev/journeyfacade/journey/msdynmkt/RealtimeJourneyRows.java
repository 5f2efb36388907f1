package dev.journeyfacade.journey.msdynmkt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real-time journey rows and action answers as Dataverse sends them, with the ids of
 * Microsoft's create-journey-template-api page.
 */
final class RealtimeJourneyRows {

	static final UUID TEMPLATE = UUID.fromString("12345678-1234-1234-1234-123456789012");

	static final UUID SEGMENT = UUID.fromString("98765432-1234-5678-9012-123456789012");

	static final String EMAIL_ACTION = "6b461239-d698-449d-9196-0e365753798e";

	static final String SMS_ACTION = "b03bff11-1b09-4566-967b-4cc77270c0f6";

	static final UUID EMAIL = UUID.fromString("e7e3cf6c-1d89-f011-b4cc-000d3a306706");

	static final UUID SMS = UUID.fromString("6fcbe68f-ef8e-f011-b4cb-000d3a5972e9");

	static final UUID APPLICATION_USER = UUID.fromString("5a0f7d3e-0c4b-4f21-9a61-3b2d8e7c9f10");

	static final UUID OWNER = UUID.fromString("d0e20c01-d6c6-480f-aab5-0fa6749565a5");

	static final UUID BUSINESS_UNIT = UUID.fromString("11111111-2222-3333-4444-555555555555");

	static final int DRAFT = 1;

	static final int LIVE = 2;

	static final int PUBLISHING = 4;

	/**
	 * A definition with the documented paths, holding the given choices (JSON values),
	 * and a wait action without a message.
	 */
	static String definition(String audience, String emailId, String smsId) {
		return "{\"trigger\":{\"audience\":" + audience + ",\"exclusionSegments\":[]},"
				+ "\"exitCriteria\":{\"suppressionSegments\":[\"" + SEGMENT + "\"]},\"actions\":{\"" + EMAIL_ACTION
				+ "\":{\"parameters\":{\"contentId\":" + emailId + "}},\"" + SMS_ACTION
				+ "\":{\"parameters\":{\"smsId\":" + smsId + "}},\"wait-1\":{\"parameters\":{\"duration\":\"P1D\"}}}}";
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RealtimeJourneyRows() {
	}

	/**
	 * A journey with every column the facade reads, made just now by the application
	 * user.
	 */
	static Map<String, Object> journey(UUID id, String name, int statusCode) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("@odata.etag", "W/\"2001\"");
		row.put("msdynmkt_journeyid", id.toString());
		row.put("msdynmkt_name", name);
		row.put("statuscode", statusCode);
		row.put("statecode", 0);
		row.put("msdynmkt_triggertype", 2);
		row.put("msdynmkt_journeystarttime", "2030-02-01T09:00:00Z");
		row.put("msdynmkt_journeyendtime", "2030-03-01T09:00:00Z");
		row.put("_msdynmkt_templateid_value", TEMPLATE.toString());
		row.put("_ownerid_value", OWNER.toString());
		row.put("_owningbusinessunit_value", BUSINESS_UNIT.toString());
		row.put("_createdby_value", APPLICATION_USER.toString());
		row.put("msdynmkt_journeyjson", definition(quoted(SEGMENT), quoted(EMAIL), quoted(SMS)));
		row.put("createdon", Instant.now().minusSeconds(30).toString());
		row.put("modifiedon", "2030-01-15T08:00:00Z");
		return row;
	}

	static String quoted(UUID id) {
		return "\"" + id + "\"";
	}

	static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(row);
		copy.put(column, value);
		return copy;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static String page(List<Map<String, Object>> rows, String nextLink) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("@odata.context", "https://org.example/api/data/v9.2/$metadata#msdynmkt_journeys");
		body.put("value", rows);
		if (nextLink != null) {
			body.put("@odata.nextLink", nextLink);
		}
		return json(body);
	}

	/**
	 * The action's answer: the journey made (null for none), and the errors as the
	 * documented JSON array in a string.
	 */
	static String answer(UUID journeyId, boolean valid, String... codesAndMessages) {
		List<Map<String, String>> errors = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < codesAndMessages.length; i += 2) {
			errors.add(Map.of("ErrorCode", codesAndMessages[i], "ErrorMessage", codesAndMessages[i + 1]));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("@odata.context",
				"https://org.example/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.msdynmkt_CreateJourneyFromTemplateResponse");
		body.put("msdynmkt_journeyid", journeyId == null ? null : journeyId.toString());
		body.put("msdynmkt_isvalid", valid);
		body.put("msdynmkt_errors", json(errors));
		return json(body);
	}

	static String whoAmI(UUID userId) {
		return json(Map.of("@odata.context",
				"https://org.example/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse", "BusinessUnitId",
				BUSINESS_UNIT.toString(), "UserId", userId.toString(), "OrganizationId",
				"0f2a1b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"));
	}

	static ResponseDefinitionBuilder ok(String body) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json; odata.metadata=minimal")
			.withHeader("OData-Version", "4.0")
			.withBody(body);
	}

	static ResponseDefinitionBuilder dataverseError(int status, String code, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(json(Map.of("error", Map.of("code", code, "message", message))));
	}

}

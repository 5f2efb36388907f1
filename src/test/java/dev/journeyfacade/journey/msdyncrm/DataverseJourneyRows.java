package dev.journeyfacade.journey.msdyncrm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey rows as Dataverse answers them, shaped like the seed's create request, and
 * Dataverse's answers.
 */
public final class DataverseJourneyRows {

	public static final int DRAFT = 192350000;

	public static final int LIVE = 192350001;

	public static final int STOPPED = 192350002;

	public static final int LIVE_EDITABLE = 192350003;

	public static final int ERROR = 192350005;

	public static final int GOING_LIVE = 192350006;

	public static final int STOPPING = 192350007;

	public static final String DEFINITION = "[{\"ActivityTypeId\":\"bpf_root\",\"ParentBranchId\":0,\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[]}}]";

	public static final String DESIGNER_STATE = "{\"NextActivityID\":8,\"NextActivityItemID\":42}";

	public static final String CONTENT_SETTINGS = "1922b1d8-0523-e911-a9ba-000d3a1e689f";

	public static final String SUPPRESSION_SEGMENT = "544a3e20-9b23-e911-a9b6-000d3a1e6c14";

	public static final String OWNER = "d0e20c01-d6c6-480f-aab5-0fa6749565a5";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DataverseJourneyRows() {
	}

	/** A journey with every column the facade reads. */
	public static Map<String, Object> journey(UUID id, String name, int statusCode) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("@odata.etag", "W/\"1001\"");
		row.put("msdyncrm_customerjourneyid", id.toString());
		row.put("msdyncrm_name", name);
		row.put("statuscode", statusCode);
		row.put("statecode", 0);
		row.put("msdyncrm_type", 192350000);
		row.put("msdyncrm_entitytarget", 0);
		row.put("msgdpr_requiredconsent", 587030001);
		row.put("msdyncrm_startdatetime", "2019-02-09T11:29:00Z");
		row.put("msdyncrm_enddatetime", "2019-03-09T11:29:00Z");
		row.put("msdyncrm_isrecurring", true);
		row.put("msdyncrm_recurrenceintervaldays", 7);
		row.put("msdyncrm_recurrencecount", 3);
		row.put("msdyncrm_customerjourneytimezone", 92);
		row.put("_msdyncrm_suppressionsegmentid_value", SUPPRESSION_SEGMENT);
		row.put("_msdyncrm_contentsettingsid_value", CONTENT_SETTINGS);
		row.put("_ownerid_value", OWNER);
		row.put("msdyncrm_workflowdefinition", DEFINITION);
		row.put("msdyncrm_customerjourneydesignerstate", DESIGNER_STATE);
		row.put("createdon", "2019-01-30T08:00:00Z");
		row.put("modifiedon", "2019-02-01T10:00:00Z");
		return row;
	}

	public static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(row);
		copy.put(column, value);
		return copy;
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** A list answer; {@code nextLink} null on the last page. */
	public static String page(List<Map<String, Object>> rows, String nextLink) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("@odata.context", "https://org.example/api/data/v9.2/$metadata#msdyncrm_customerjourneys");
		body.put("value", rows);
		if (nextLink != null) {
			body.put("@odata.nextLink", nextLink);
		}
		return json(body);
	}

	/** Dataverse's 200 with a record or page. */
	public static ResponseDefinitionBuilder ok(String body) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json; odata.metadata=minimal")
			.withHeader("OData-Version", "4.0")
			.withBody(body);
	}

	public static ResponseDefinitionBuilder created(String body) {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json; odata.metadata=minimal")
			.withBody(body);
	}

	public static ResponseDefinitionBuilder dataverseError(int status, String code, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(json(Map.of("error", Map.of("code", code, "message", message))));
	}

}

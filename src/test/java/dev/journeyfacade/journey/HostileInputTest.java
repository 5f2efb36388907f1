package dev.journeyfacade.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.json;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows;
import dev.journeyfacade.web.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Hostile input over every endpoint (with a caller allowed everything): malformed ids,
 * unknown enum names, oversized strings and bodies, deeply nested JSON, wrong content
 * types and URL tricks each get a 4xx problem — never a 500, never an internal message,
 * and never a call to Dataverse (a merge patch is checked on its own before the stored
 * journey is read).
 */
class HostileInputTest extends DataverseStubbedApiTest {

	private static final String ID = "6f1c9b1e-3a56-4c7e-9d2f-0b8a7c6d5e4f";

	private static final String MERGE_PATCH = "application/merge-patch+json";

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final int BODY_LIMIT = 64 * 1024; // DataverseStubbedApiTest's
														// journey.max-body-size

	private static final String STORED = API + "msdyncrm_customerjourneys(" + ID + ")";

	@Autowired
	MockMvcTester tester;

	/** One hostile request and the answer it must get. */
	record BadInput(String description, HttpMethod method, String path, Map<String, String> params, String contentType,
			String body, Map<String, String> headers, int status, String problem) {

		@Override
		public String toString() {
			return description + ": " + method + " " + path + " → " + status + " " + problem;
		}
	}

	private static BadInput bad(String description, HttpMethod method, String path, int status, String problem) {
		return new BadInput(description, method, path, Map.of(), null, null, Map.of(), status, problem);
	}

	private static BadInput query(String description, String path, Map<String, String> params, String problem) {
		return new BadInput(description, HttpMethod.GET, path, params, null, null, Map.of(), 400, problem);
	}

	private static BadInput body(String description, HttpMethod method, String path, String contentType, String body,
			int status, String problem) {
		return new BadInput(description, method, path, Map.of(), contentType, body, Map.of(), status, problem);
	}

	private static BadInput header(String description, HttpMethod method, String path, String name, String value,
			String contentType, String body) {
		return new BadInput(description, method, path, Map.of(), contentType, body, Map.of(name, value), 400,
				"validation-failed");
	}

	static Stream<BadInput> badInputs() {
		List<BadInput> cases = new ArrayList<>();
		String longName = "n".repeat(101); // Dataverse's msdyncrm_name holds 100
											// characters
		String longQuery = "q".repeat(101);
		String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
		String deepArray = "[".repeat(10_000) + "]".repeat(10_000);
		String oversized = "{\"name\": \"x\", \"workflowDefinition\": \"" + "w".repeat(BODY_LIMIT)
				+ "\", \"designerState\": \"{}\"}";

		// Malformed ids, on every endpoint with an id: never put into a Dataverse URL.
		Map<HttpMethod, List<String>> withId = Map.of(HttpMethod.GET, List.of(""), HttpMethod.DELETE, List.of(""),
				HttpMethod.PATCH, List.of(""), HttpMethod.POST, List.of("/publish", "/stop", "/validate", "/copy"));
		for (String badId : List.of("not-a-guid", "1-2-3-4-5", ID + "')", "(" + ID + ")", ID.replace('-', 'x'))) {
			withId.forEach((method, suffixes) -> suffixes.forEach(suffix -> {
				String path = "/api/v1/journeys/" + badId + suffix;
				cases.add(method == HttpMethod.PATCH
						? body("malformed id " + badId, method, path, MERGE_PATCH, "{}", 400, "invalid-id")
						: bad("malformed id " + badId, method, path, 400, "invalid-id"));
			}));
		}
		// URL tricks: refused by the firewall before any controller.
		cases.add(bad("encoded slash in the id", HttpMethod.GET, "/api/v1/journeys/" + ID + "%2F..%2Fsystemusers", 400,
				"rejected-request"));
		cases.add(bad("path parameter in the id", HttpMethod.GET, "/api/v1/journeys/" + ID + ";$select=msdyncrm_name",
				400, "rejected-request"));
		cases.add(bad("encoded dot segment", HttpMethod.POST, "/api/v1/journeys/%2E%2E/" + ID + "/publish", 400,
				"rejected-request"));
		// Control characters in a header: refused by the firewall when the header is
		// read.
		cases.add(new BadInput("control character in the bearer token", HttpMethod.GET, "/api/v1/journeys", Map.of(),
				null, null, Map.of("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln\u0001"), 400,
				"rejected-request"));
		cases.add(new BadInput("line feed in the Idempotency-Key", HttpMethod.POST, "/api/v1/journeys", Map.of(), JSON,
				"{\"name\": \"x\"}", Map.of("Idempotency-Key", "key\nX-Injected: 1"), 400, "rejected-request"));
		cases.add(new BadInput("C1 control character in If-Match", HttpMethod.DELETE, "/api/v1/journeys/" + ID,
				Map.of(), null, null, Map.of("If-Match", "W/\"1\"\u0085"), 400, "rejected-request"));

		// Unknown enum names and out-of-range parameters.
		cases.add(query("unknown status", "/api/v1/journeys", Map.of("status", "ROBOT"), "validation-failed"));
		cases.add(query("status UNKNOWN", "/api/v1/journeys", Map.of("status", "UNKNOWN"), "validation-failed"));
		cases.add(query("status as a code", "/api/v1/journeys", Map.of("status", "192350001"), "validation-failed"));
		cases.add(query("unknown sort key", "/api/v1/journeys", Map.of("orderBy", "colour"), "validation-failed"));
		cases.add(query("OData in the sort key", "/api/v1/journeys",
				Map.of("orderBy", "name desc,msdyncrm_workflowdefinition"), "validation-failed"));
		cases.add(query("page size 0", "/api/v1/journeys", Map.of("pageSize", "0"), "validation-failed"));
		cases.add(query("page size 201", "/api/v1/journeys", Map.of("pageSize", "201"), "validation-failed"));
		cases.add(query("page size not a number", "/api/v1/journeys", Map.of("pageSize", "1e3"), "validation-failed"));
		cases.add(query("query over 100 characters", "/api/v1/journeys", Map.of("q", longQuery), "validation-failed"));
		cases.add(query("page token over 8 KiB", "/api/v1/journeys", Map.of("pageToken", "t".repeat(8193)),
				"validation-failed"));
		for (String picker : List.of("/api/v1/segments", "/api/v1/emails", "/api/v1/content-settings")) {
			cases.add(query("query over 100 characters", picker, Map.of("q", longQuery), "validation-failed"));
			cases.add(query("page size 201", picker, Map.of("pageSize", "201"), "validation-failed"));
			cases.add(query("page size -1", picker, Map.of("pageSize", "-1"), "validation-failed"));
			cases.add(
					query("page token over 8 KiB", picker, Map.of("pageToken", "t".repeat(8193)), "validation-failed"));
		}

		// Bodies: every endpoint that reads one.
		record BodyEndpoint(HttpMethod method, String path, String contentType) {
		}
		List<BodyEndpoint> bodyEndpoints = List.of(new BodyEndpoint(HttpMethod.POST, "/api/v1/journeys", JSON),
				new BodyEndpoint(HttpMethod.POST, "/api/v1/journeys/validate", JSON),
				new BodyEndpoint(HttpMethod.PATCH, "/api/v1/journeys/" + ID, MERGE_PATCH));
		for (BodyEndpoint e : bodyEndpoints) {
			List<BadInput> semantic = new ArrayList<>(); // well-formed JSON with bad
															// values
			semantic.add(body("name over 100 characters", e.method(), e.path(), e.contentType(),
					"{\"name\": \"" + longName + "\"}", 400, "validation-failed"));
			semantic.add(body("unknown enum name", e.method(), e.path(), e.contentType(),
					"{\"name\": \"x\", \"type\": \"ROBOT\"}", 400, null));
			semantic.add(body("enum as its option-set code", e.method(), e.path(), e.contentType(),
					"{\"name\": \"x\", \"target\": 1}", 400, null));
			semantic.add(body("enum as its position in a string", e.method(), e.path(), e.contentType(),
					"{\"name\": \"x\", \"target\": \"1\"}", 400, null));
			semantic.add(body("UNKNOWN is read-only", e.method(), e.path(), e.contentType(),
					"{\"name\": \"x\", \"requiredConsent\": \"UNKNOWN\"}", 400, "validation-failed"));
			semantic.add(body("malformed GUID in a reference", e.method(), e.path(), e.contentType(),
					"{\"name\": \"x\", \"ownerId\": \"x') or (true\"}", 400, null));
			semantic.add(body("wrong JSON type", e.method(), e.path(), e.contentType(), "{\"name\": {\"$ne\": null}}",
					400, null));
			semantic.add(body("number too large", e.method(), e.path(), e.contentType(),
					"{\"name\": \"x\", \"timeZone\": 1" + "0".repeat(400) + "}", 400, null));
			for (BadInput input : semantic) {
				cases.add(input);
			}
			cases.add(body("deeply nested object", e.method(), e.path(), e.contentType(), deepObject, 400,
					"malformed-body"));
			cases.add(body("deeply nested array", e.method(), e.path(), e.contentType(),
					"{\"name\": " + deepArray + "}", 400, "malformed-body"));
			cases.add(body("malformed JSON", e.method(), e.path(), e.contentType(), "{\"name\": \"x\"", 400,
					"malformed-body"));
			cases.add(body("not an object", e.method(), e.path(), e.contentType(), "[\"name\"]", 400, null));
			cases.add(body("empty body", e.method(), e.path(), e.contentType(), "", 400, "malformed-body"));
			cases.add(body("body over the size limit", e.method(), e.path(), e.contentType(), oversized, 413,
					"payload-too-large"));
			cases.add(body("plain text", e.method(), e.path(), MediaType.TEXT_PLAIN_VALUE, "name=x", 415,
					"unsupported-media-type"));
			cases.add(body("XML", e.method(), e.path(), MediaType.APPLICATION_XML_VALUE, "<name>x</name>", 415,
					"unsupported-media-type"));
			cases.add(body("form", e.method(), e.path(), MediaType.APPLICATION_FORM_URLENCODED_VALUE, "name=x", 415,
					"unsupported-media-type"));
		}
		cases.add(header("Idempotency-Key over 255 characters", HttpMethod.POST, "/api/v1/journeys", "Idempotency-Key",
				"k".repeat(256), JSON, "{\"name\": \"x\"}"));
		cases.add(header("Idempotency-Key over 255 characters", HttpMethod.POST, "/api/v1/journeys/" + ID + "/copy",
				"Idempotency-Key", "k".repeat(256), null, null));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void isRefusedWithAProblemAndNeverReachesDataverse(BadInput input) {
		// The stored journey exists, so a request that wrongly read it would go on; the
		// verify below catches that.
		DATAVERSE.stubFor(get(urlPathEqualTo(STORED))
			.willReturn(ok(json(journey(UUID.fromString(ID), "Stored", DataverseJourneyRows.DRAFT)))));
		var request = tester.method(input.method()).uri(input.path()).header("X-Request-Id", "hostile-1");
		for (Map.Entry<String, String> param : input.params().entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}
		for (Map.Entry<String, String> header : input.headers().entrySet()) {
			request = request.header(header.getKey(), header.getValue());
		}
		if (input.contentType() != null) {
			request = request.contentType(MediaType.parseMediaType(input.contentType())).content(input.body());
		}

		MvcTestResult result = request.exchange();

		assertThat(result.getResponse().getStatus()).as(input.toString()).isEqualTo(input.status());
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(result).bodyJson().extractingPath("$.type").asString().startsWith(ProblemType.TYPE_PREFIX);
		if (input.problem() != null) {
			assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemType.TYPE_PREFIX + input.problem());
		}
		assertThat(result).bodyJson().extractingPath("$.requestId").isEqualTo("hostile-1");
		assertThat(result).bodyText()
			.doesNotContain("Exception")
			.doesNotContain("tools.jackson")
			.doesNotContain("dev.journeyfacade")
			.doesNotContain("\tat ");
		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

}

package dev.journeyfacade.web;

import static dev.journeyfacade.TestIdentityProvider.withoutToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.DataverseStubbedApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document: a security scheme and the needed permission on every API
 * operation.
 */
class OpenApiSecurityDocumentTest extends DataverseStubbedApiTest {

	@Autowired
	MockMvcTester tester;

	private JsonNode document() {
		MvcTestResult result = tester.get().uri("/v3/api-docs").with(withoutToken()).exchange();
		assertThat(result).hasStatusOk();
		return JsonMapper.shared().readTree(result.getResponse().getContentAsByteArray());
	}

	@Test
	void everyApiOperationRequiresTheBearerSchemeAndAnswers401And403() {
		JsonNode document = document();
		assertThat(document.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			assertThat(path.getKey()).startsWith("/api/v1/");
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				JsonNode op = operation.getValue();
				String name = operation.getKey() + " " + path.getKey();
				assertThat(op.at("/security/0").has("bearer-jwt")).as(name).isTrue();
				assertThat(op.at("/responses/401/content").has("application/problem+json")).as(name).isTrue();
				assertThat(op.at("/responses/403/content").has("application/problem+json")).as(name).isTrue();
				assertThat(op.get("description").asString()).as(name).contains("**Permission:** `journeys.");
				operations++;
			}
		}
		assertThat(operations).isEqualTo(19);
	}

	@Test
	void eachOperationNamesThePermissionOfTheSecurityTable() {
		JsonNode paths = document().get("paths");

		assertThat(paths.at("/~1api~1v1~1journeys/get/description").asString()).contains("`journeys.read`");
		assertThat(paths.at("/~1api~1v1~1journeys~1validate/post/description").asString()).contains("`journeys.read`");
		assertThat(paths.at("/~1api~1v1~1journeys/post/description").asString()).contains("`journeys.write`");
		assertThat(paths.at("/~1api~1v1~1journeys~1{id}~1copy/post/description").asString())
			.contains("`journeys.write`");
		assertThat(paths.at("/~1api~1v1~1journeys~1{id}~1publish/post/description").asString())
			.contains("`journeys.publish`");
		assertThat(paths.at("/~1api~1v1~1journeys~1{id}~1stop/post/description").asString())
			.contains("`journeys.publish`");
		assertThat(paths.at("/~1api~1v1~1segments/get/description").asString()).contains("`journeys.read`");
		assertThat(paths.at("/~1api~1v1~1realtime-journeys/post/description").asString()).contains("`journeys.write`");
		assertThat(paths.at("/~1api~1v1~1realtime-journeys~1publish/post/description").asString())
			.contains("`journeys.publish`");
		assertThat(paths.at("/~1api~1v1~1realtime-journey-templates/get/description").asString())
			.contains("`journeys.read`");
	}

}

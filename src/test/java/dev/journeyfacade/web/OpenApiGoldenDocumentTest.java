package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.testsupport.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is the committed one, {@code openapi-v1.json} beside this
 * test: the v1 API's contract (paths, schemas and their names, descriptions, examples)
 * changes only on purpose, by updating that file in the same commit (ADR 10 lists every
 * such change). The live document is written to {@code target/openapi-v1.json} so a
 * failure can be diffed against the golden one.
 */
class OpenApiGoldenDocumentTest extends DataverseStubbedApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void theServedDocumentIsTheCommittedOne() throws Exception {
		String live = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		JsonNode served = JSON.readTree(live);
		Files.writeString(Path.of("target", "openapi-v1.json"), JSON.writeValueAsString(served));

		JsonNode golden = JSON.readTree(golden());

		List<String> differences = new ArrayList<>();
		diff(golden, served, "", differences);
		assertThat(differences).as("where the served document differs from openapi-v1.json").isEmpty();
	}

	private static String golden() {
		return Fixtures.read(OpenApiGoldenDocumentTest.class, "openapi-v1.json");
	}

	/**
	 * JSON pointers at which the two documents differ: a member missing on one side, or
	 * another value.
	 */
	private static void diff(JsonNode expected, JsonNode actual, String at, List<String> differences) {
		if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>(expected.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!actual.has(name)) {
					differences.add(child + " is missing");
				}
				else if (!expected.has(name)) {
					differences.add(child + " is new");
				}
				else {
					diff(expected.get(name), actual.get(name), child, differences);
				}
			}
		}
		else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
			for (int i = 0; i < expected.size(); i++) {
				diff(expected.get(i), actual.get(i), at + "/" + i, differences);
			}
		}
		else if (!expected.equals(actual)) {
			differences.add(at + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
		}
	}

	private static String abbreviate(JsonNode node) {
		String text = node.toString();
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}

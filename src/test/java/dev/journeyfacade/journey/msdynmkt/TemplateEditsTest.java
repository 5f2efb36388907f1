package dev.journeyfacade.journey.msdynmkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.journeyfacade.journey.MessageChannel;
import dev.journeyfacade.journey.MessageChoice;
import dev.journeyfacade.journey.RealtimeJourneyContent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edits a create makes to its template: the documented JSONPaths, written as
 * Microsoft's examples write them and escaped as JSONPath reads them, and read back from
 * a definition.
 */
class TemplateEditsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final UUID SEGMENT = UUID.fromString("98765432-1234-5678-9012-123456789012");

	private static final UUID MESSAGE = UUID.fromString("e7e3cf6c-1d89-f011-b4cc-000d3a306706");

	private static List<String> paths(RealtimeJourneyContent content) {
		return TemplateEdits.of(content).stream().map(JsonPathEdit::path).toList();
	}

	@Test
	void everyChoiceHasItsDocumentedPath() {
		assertThat(paths(new RealtimeJourneyContent(SEGMENT, List.of(), List.of(SEGMENT),
				List.of(new MessageChoice("a1", MessageChannel.EMAIL, MESSAGE),
						new MessageChoice("a2", MessageChannel.SMS, MESSAGE),
						new MessageChoice("a3", MessageChannel.PUSH, MESSAGE)))))
			.containsExactly("$.trigger.audience", "$.trigger.exclusionSegments", "$.exitCriteria.suppressionSegments",
					"$.actions['a1'].parameters.contentId", "$.actions['a2'].parameters.smsId",
					"$.actions['a3'].parameters.pushNotificationId");
	}

	@Test
	void noChoiceIsNoEditAndNoDictionary() {
		assertThat(TemplateEdits.of(RealtimeJourneyContent.NONE)).isEmpty();
		assertThat(TemplateEdits.dictionary(List.of(), JSON)).isNull();
	}

	@Test
	void aQuoteAndABackslashInAnActionIdAreEscapedWithABackslash() {
		assertThat(paths(new RealtimeJourneyContent(null, null, null,
				List.of(new MessageChoice("O'Brien\\s", MessageChannel.EMAIL, MESSAGE)))))
			.containsExactly("$.actions['O\\'Brien\\\\s'].parameters.contentId");
	}

	@Test
	void theDictionaryIsAJsonObjectOfPathsAndValuesThatJsonPathApplies() {
		List<JsonPathEdit> edits = TemplateEdits.of(new RealtimeJourneyContent(SEGMENT, List.of(SEGMENT), null,
				List.of(new MessageChoice("O'Brien", MessageChannel.EMAIL, MESSAGE))));
		String template = "{\"trigger\":{\"audience\":null,\"exclusionSegments\":[]},"
				+ "\"actions\":{\"O'Brien\":{\"parameters\":{\"contentId\":null}}}}";

		JsonNode dictionary = JSON.readTree(TemplateEdits.dictionary(edits, JSON));
		var document = JsonPath.parse(template);
		dictionary.properties()
			.forEach(edit -> document.set(edit.getKey(), JSON.convertValue(edit.getValue(), Object.class)));

		JsonNode edited = JSON.readTree(document.jsonString());
		assertThat(edited.at("/trigger/audience").asString()).isEqualTo(SEGMENT.toString());
		assertThat(edited.at("/trigger/exclusionSegments/0").asString()).isEqualTo(SEGMENT.toString());
		assertThat(edited.at("/actions/O'Brien/parameters/contentId").asString()).isEqualTo(MESSAGE.toString());
		assertThat(edits).allMatch(edit -> edit.heldBy(edited));
	}

	@Test
	void aDefinitionHoldsAnEditOnlyWithTheSameIdsWhateverTheirCase() {
		JsonPathEdit audience = TemplateEdits.of(new RealtimeJourneyContent(SEGMENT, null, null, null)).get(0);

		assertThat(audience
			.heldBy(JSON.readTree("{\"trigger\":{\"audience\":\"" + SEGMENT.toString().toUpperCase() + "\"}}")))
			.isTrue();
		assertThat(audience.heldBy(JSON.readTree("{\"trigger\":{\"audience\":\"" + UUID.randomUUID() + "\"}}")))
			.isFalse();
		assertThat(audience.heldBy(JSON.readTree("{\"trigger\":{}}"))).isFalse();
	}

}

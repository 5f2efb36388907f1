package dev.dataverseemulator.realtime;

import dev.dataverseemulator.odata.ActionParameters;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.odata.Values;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The parameters of {@code msdynmkt_CreateJourneyFromTemplate}, read as Dataverse's OData
 * layer reads a custom API's parameters: an unknown parameter, a wrongly typed one or a
 * missing required one is a 400 before the action runs (code {@code 0x80048d19}; the
 * messages are the emulator's). What the action itself refuses comes back in
 * {@code msdynmkt_errors}.
 *
 * @param templateId a template's id, or a journey's (its JSON is then the base)
 * @param modifications the JSON object in a string, or null
 * @param publish {@code msdynmkt_createmode} {@code "Publish"} (any case);
 * {@code "Draft"} or absent is false
 */
record CreateJourneyRequest(UUID templateId, String name, String modifications, Instant start, Instant end,
		boolean publish, UUID businessUnitId) {

	static final String ACTION = "msdynmkt_CreateJourneyFromTemplate";

	private static final Set<String> PARAMETERS = Set.of("msdynmkt_journeytemplateid", "msdynmkt_journeyname",
			"msdynmkt_jsonpathmodifications", "msdynmkt_journeystarttime", "msdynmkt_journeyendtime",
			"msdynmkt_createmode", "msdynmkt_owningbusinessunitid");

	/** The second form of Microsoft's example: {@code 2025-09-25 17:46:06 +02:00}. */
	private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

	static CreateJourneyRequest parse(JsonNode body) {
		ActionParameters.requireKnown(body, PARAMETERS, ACTION);
		UUID template = guid(body, "msdynmkt_journeytemplateid");
		String name = text(body, "msdynmkt_journeyname");
		if (template == null || name == null) {
			throw DataverseError.badPayload(
					"The parameter '" + (template == null ? "msdynmkt_journeytemplateid" : "msdynmkt_journeyname")
							+ "' is required by the operation '" + ACTION + "'.");
		}
		String mode = text(body, "msdynmkt_createmode");
		if (mode != null && !mode.equalsIgnoreCase("Draft") && !mode.equalsIgnoreCase("Publish")) {
			throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT,
					"msdynmkt_createmode must be \"Draft\" or \"Publish\", not \"" + mode + "\".");
		}
		return new CreateJourneyRequest(template, name, text(body, "msdynmkt_jsonpathmodifications"),
				date(body, "msdynmkt_journeystarttime"), date(body, "msdynmkt_journeyendtime"),
				mode != null && mode.equalsIgnoreCase("Publish"), guid(body, "msdynmkt_owningbusinessunitid"));
	}

	private static String text(JsonNode body, String key) {
		return ActionParameters.text(body, key);
	}

	private static UUID guid(JsonNode body, String key) {
		String text = text(body, key);
		if (text == null) {
			return null;
		}
		UUID id = Values.parseGuid(text);
		if (id == null) {
			throw wrongType(key, body.get(key), "Edm.Guid");
		}
		return id;
	}

	private static Instant date(JsonNode body, String key) {
		return ActionParameters.dateTime(body, key, SPACED);
	}

	private static DataverseError wrongType(String key, JsonNode value, String type) {
		return ActionParameters.wrongType(key, value, type);
	}
}

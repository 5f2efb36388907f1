package dev.dataverseemulator.validation;

import dev.dataverseemulator.odata.ActionParameters;
import dev.dataverseemulator.odata.DataverseError;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code msdyncrm_CustomerJourneyValidate}: the seed's
 * {@code FieldValue…} keys, references as plain ids in braces.
 */
public final class ValidateRequest {

	public static final String ACTION = "msdyncrm_CustomerJourneyValidate";

	private static final Set<String> PARAMETERS = Set.of("FieldValueCustomerJourneyId", "FieldValueStatusCode",
			"FieldValueName", "FieldValueStartDateTime", "FieldValueEndDateTime", "FieldValueWorkflowDefinition",
			"FieldValueIsRecurring", "FieldValueRecurrenceIntervalDays", "FieldValueRecurrenceCount",
			"FieldValueRequiredConsent", "FieldValueContentSettingsId", "FieldValueEntityTarget",
			"FieldValueSuppressionSegmentId", "FieldValueCustomerJourneyTimeZone");

	private ValidateRequest() {
	}

	public static JourneyDraft parse(JsonNode body) {
		ActionParameters.requireKnown(body, PARAMETERS, ACTION);
		// type-check the keys the checks do not use, too: Dataverse refuses a wrongly
		// typed parameter
		integer(body, "FieldValueStatusCode");
		integer(body, "FieldValueRequiredConsent");
		integer(body, "FieldValueEntityTarget");
		integer(body, "FieldValueCustomerJourneyTimeZone");
		id(body, "FieldValueCustomerJourneyId");
		return new JourneyDraft(text(body, "FieldValueName"), date(body, "FieldValueStartDateTime"),
				date(body, "FieldValueEndDateTime"), bool(body, "FieldValueIsRecurring"),
				integer(body, "FieldValueRecurrenceIntervalDays"), integer(body, "FieldValueRecurrenceCount"),
				text(body, "FieldValueWorkflowDefinition"), id(body, "FieldValueContentSettingsId"),
				id(body, "FieldValueSuppressionSegmentId"));
	}

	private static String text(JsonNode body, String key) {
		return ActionParameters.text(body, key);
	}

	private static Integer integer(JsonNode body, String key) {
		JsonNode v = body.get(key);
		if (absent(v)) {
			return null;
		}
		if (!v.isIntegralNumber() || !v.canConvertToInt()) {
			throw wrongType(key, v, "Edm.Int32");
		}
		return v.intValue();
	}

	private static Boolean bool(JsonNode body, String key) {
		JsonNode v = body.get(key);
		if (absent(v)) {
			return null;
		}
		if (!v.isBoolean()) {
			throw wrongType(key, v, "Edm.Boolean");
		}
		return v.booleanValue();
	}

	private static Instant date(JsonNode body, String key) {
		return ActionParameters.dateTime(body, key);
	}

	private static UUID id(JsonNode body, String key) {
		String text = text(body, key);
		if (text == null || text.isBlank()) {
			return null;
		}
		return Ids.parse(text).orElseThrow(() -> wrongType(key, body.get(key), "Edm.Guid"));
	}

	private static boolean absent(JsonNode v) {
		return v == null || v.isNull();
	}

	private static DataverseError wrongType(String key, JsonNode value, String type) {
		return ActionParameters.wrongType(key, value, type);
	}

}

package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import dev.testsupport.Seeds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST msdyncrm_CustomerJourneyValidate} with the seed's FieldValue… body. */
class ValidateActionTest extends EmulatorHttpTest {

	private static final String ACTION = "msdyncrm_CustomerJourneyValidate";

	private static ObjectNode seedBody() {
		return (ObjectNode) EmulatorClient.json(Seeds.validateJourneyRequest());
	}

	private JsonNode validationResult(JsonNode body) {
		Reply reply = client.post(client.origin() + "/api/data/v9.0/" + ACTION, body.toString());
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return EmulatorClient.json(reply.body().get("ValidationResult").asString());
	}

	@Test
	void theSeedsRequestGetsTheSeedsAnswer() {
		Reply reply = client.post(client.origin() + "/api/data/v9.0/" + ACTION, Seeds.validateJourneyRequest());
		JsonNode expected = EmulatorClient.json(Seeds.validateJourneyResponse());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("ValidationResult").asString())
			.isEqualTo(expected.get("ValidationResult").asString());
		assertThat(reply.body().get("@odata.context").asString())
			.isEqualTo(expected.get("@odata.context").asString().replace("{{orgUrl}}", client.origin()));
	}

	@Test
	void aJourneyThatFitsItsIterationsIsValid() {
		ObjectNode body = seedBody();
		body.put("FieldValueRecurrenceIntervalDays", 7);
		body.put("FieldValueRecurrenceCount", 4);

		JsonNode result = validationResult(body);

		assertThat(result.get("Result").asString()).isEqualTo("Valid");
		assertThat(result.get("ActivityValidationResults")).isEmpty();
	}

	@Test
	void eachFailedCheckIsReportedWithItsTile() {
		ObjectNode body = seedBody();
		body.put("FieldValueIsRecurring", false);
		body.put("FieldValueName", "");
		body.put("FieldValueWorkflowDefinition",
				body.get("FieldValueWorkflowDefinition")
					.asString()
					.replace("15bd0ab8-c12a-e911-a9b6-000d3a1e6c14", "00000000-0000-0000-0000-00000000e0a1"));

		JsonNode result = validationResult(body);

		assertThat(result.get("Result").asString()).isEqualTo("Error");
		assertThat(result.get("ActivityValidationResults")).extracting(r -> r.get("Fault").asString())
			.containsExactly("ErrorNameMissing", "ErrorEmailNotFound");
		JsonNode email = result.get("ActivityValidationResults").get(1);
		assertThat(email.get("ActivityId").asString()).isEqualTo("01_0_3");
		assertThat(email.get("ErrorMessageArguments").get(0).asString())
			.isEqualTo("00000000-0000-0000-0000-00000000e0a1");
	}

	@Test
	void missingContentSettingsIsAWarning() {
		ObjectNode body = seedBody();
		body.put("FieldValueIsRecurring", false);
		body.putNull("FieldValueContentSettingsId");

		JsonNode result = validationResult(body);

		assertThat(result.get("Result").asString()).isEqualTo("Warning");
		assertThat(result.get("ActivityValidationResults").get(0).get("Fault").asString())
			.isEqualTo("WarningContentSettingsMissing");
	}

	@Test
	void unknownParametersAndWrongTypesAnswer400() {
		ObjectNode unknown = seedBody();
		unknown.put("FieldValueColour", "red");
		ObjectNode wrongType = seedBody();
		wrongType.put("FieldValueRecurrenceCount", "three");

		Reply a = client.post(client.api(ACTION), unknown.toString());
		Reply b = client.post(client.api(ACTION), wrongType.toString());

		assertThat(a.status()).isEqualTo(400);
		assertThat(a.errorCode()).isEqualTo("0x80048d19");
		assertThat(b.status()).isEqualTo(400);
	}

}

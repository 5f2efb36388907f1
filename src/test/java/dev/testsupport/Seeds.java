package dev.testsupport;

import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft's sample requests of "Basic outbound marketing customer journey API
 * operations"
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/basic-operations-on-customer-journey),
 * each kept once, verbatim, under {@code src/test/resources/seeds}; the design strings
 * are read out of them.
 */
public final class Seeds {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Seeds() {
	}

	/** The sample create request's body. */
	public static String createJourneyRequest() {
		return Fixtures.read("/seeds/create-journey-request.json");
	}

	/** The sample check-for-errors request's body ({@code FieldValue…} keys). */
	public static String validateJourneyRequest() {
		return Fixtures.read("/seeds/validate-journey-request.json");
	}

	/**
	 * The sample check-for-errors answer; its {@code @odata.context} has the sample's
	 * {@code {{orgUrl}}}.
	 */
	public static String validateJourneyResponse() {
		return Fixtures.read("/seeds/validate-journey-response.json");
	}

	/** The workflow definition of the sample create request, as stored. */
	public static String createDefinition() {
		return JSON.readTree(createJourneyRequest()).get("msdyncrm_workflowdefinition").stringValue();
	}

	/** The designer state of the sample create request. */
	public static String createDesignerState() {
		return JSON.readTree(createJourneyRequest()).get("msdyncrm_customerjourneydesignerstate").stringValue();
	}

	/** The workflow definition of the sample check-for-errors request. */
	public static String validateDefinition() {
		return JSON.readTree(validateJourneyRequest()).get("FieldValueWorkflowDefinition").stringValue();
	}

}

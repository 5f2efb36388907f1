package dev.journeyfacade.journey;

/**
 * OpenAPI texts and examples of the real-time journey records, each said once. The
 * examples are the ids of Microsoft's create-journey-template-api page, which the local
 * emulator seeds, so Swagger UI's "Try it out" works there.
 */
final class RealtimeJourneyDocs {

	static final String ID = "Real-time journey id (a GUID).";
	static final String ID_EXAMPLE = "348d6e2c-36d4-3026-b6e5-e0d4623f4c65";
	static final String NAME = "Name of the journey; 1 to 150 characters (Dataverse's limit). Dataverse requires it to "
			+ "be unique among real-time journeys.";
	static final String NAME_EXAMPLE = "Welcome series (API)";
	static final String BUSINESS_UNIT_EXAMPLE = "11111111-2222-3333-4444-555555555555";
	static final String TEMPLATE_EXAMPLE = "12345678-1234-1234-1234-123456789012";
	static final String DATE = " ISO-8601 date-time with an offset (e.g. `2030-02-01T10:00:00+01:00`); returned in "
			+ "UTC, to the second.";
	static final String STARTS_AT = "When the journey starts." + DATE;
	static final String ENDS_AT = "When the journey ends." + DATE;
	static final String START_EXAMPLE = "2030-02-01T09:00:00Z";
	static final String END_EXAMPLE = "2030-03-01T09:00:00Z";

	/**
	 * The rest of Swagger UI's create example after the template and the name: times in
	 * the future, and the audience and messages of Microsoft's example.
	 */
	static final String EXAMPLE_CHOICES = """
			"startsAt": "2030-02-01T09:00:00Z", "endsAt": "2030-03-01T09:00:00Z",
			"audienceSegmentId": "98765432-1234-5678-9012-123456789012",
			"messages": [
			  {"actionId": "6b461239-d698-449d-9196-0e365753798e", "channel": "EMAIL", "messageId": "e7e3cf6c-1d89-f011-b4cc-000d3a306706"},
			  {"actionId": "b03bff11-1b09-4566-967b-4cc77270c0f6", "channel": "SMS", "messageId": "6fcbe68f-ef8e-f011-b4cb-000d3a5972e9"},
			  {"actionId": "d444ab08-1a65-4a94-b9e2-78499bc9faeb", "channel": "PUSH", "messageId": "7f030313-f08e-f011-b4cb-000d3a5972e9"}]}""";

	private RealtimeJourneyDocs() {
	}

}

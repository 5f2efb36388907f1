package dev.journeyfacade.journey;

/**
 * OpenAPI texts shared by several API records, so that every record documents a field the
 * same way.
 */
final class JourneyDocs {

	static final String ID = "Journey id (a GUID).";
	static final String ID_EXAMPLE = "6628bbf7-c52a-e911-a9b7-000d3a1e6adc";
	static final String NAME = "Name of the journey; 1 to " + JourneyLimits.NAME_MAX
			+ " characters (Dataverse's limit).";
	static final String NAME_EXAMPLE = "Spring newsletter";
	static final String DATE = " ISO-8601 date-time with an offset (e.g. `2019-02-09T12:29:00+01:00`); "
			+ "stored and returned in UTC to the minute: seconds and milliseconds are dropped, as Dataverse ignores them.";
	static final String STARTS_AT = "When the journey starts." + DATE;
	static final String ENDS_AT = "When the journey ends; must be after `startsAt`." + DATE;
	static final String DATE_EXAMPLE = "2019-02-09T11:29:00Z";
	static final String END_EXAMPLE = "2019-03-09T11:29:00Z";
	static final String TIME_ZONE = "Effective time zone as Dataverse's integer `timezonecode` ("
			+ JourneyLimits.TIME_ZONE_MIN + ".." + JourneyLimits.TIME_ZONE_MAX + ", from "
			+ "Dataverse's timezonedefinitions table); 92 is UTC according to third-party sources.";
	static final String TIME_ZONE_EXAMPLE = "92";
	static final String SUPPRESSION_SEGMENT = "Id of the suppression segment: its members never receive the "
			+ "journey's messages (see GET /api/v1/segments).";
	static final String SEGMENT_EXAMPLE = "544a3e20-9b23-e911-a9b6-000d3a1e6c14";
	static final String CONTENT_SETTINGS = "Id of the content settings used by the journey's messages "
			+ "(see GET /api/v1/content-settings).";
	static final String CONTENT_SETTINGS_EXAMPLE = "1922b1d8-0523-e911-a9ba-000d3a1e689f";
	static final String OWNER = "Id of the Dataverse user (systemuser) who owns the journey.";
	static final String OWNER_EXAMPLE = "d0e20c01-d6c6-480f-aab5-0fa6749565a5";
	static final String DESIGN = "The journey's design as a tree of tiles (see JourneyDesign): a segment group, then "
			+ "the tiles that follow it. The facade writes Dataverse's workflow definition and designer state from "
			+ "it and assigns every id. Send either `design` or the raw pair `workflowDefinition` + `designerState`, "
			+ "not both.";
	static final String ETAG = "Version of the journey as an entity tag; send it back in `If-Match` to update "
			+ "or delete only this version.";
	static final String ETAG_EXAMPLE = "W/\"1234567\"";
	static final String MODIFIED_AT = "When the journey was last changed, in UTC.";
	static final String CREATED_AT = "When the journey was created, in UTC.";

	// The list parameters, the same for every journey list.
	static final String STATUS_FILTER = "Only journeys in any of these statuses; repeat the parameter for several "
			+ "(`?status=LIVE&status=DRAFT`). UNKNOWN cannot be asked for.";
	static final String NAME_FILTER = "Only journeys whose name contains this text (case-insensitive; `%`, `_` and "
			+ "`[` are literal), ";
	static final String ORDER_BY = "Sort key `name`, `modifiedAt` or `startsAt`, optionally with `:asc` or `:desc` "
			+ "(default ascending). Ties are broken by id, so pages are stable.";
	static final String ORDER_BY_EXAMPLE = "name:asc";
	static final String PAGE_SIZE = "Journeys per page, " + JourneyLimits.PAGE_SIZE_RANGE + ".";
	static final String PAGE_TOKEN = "`nextPageToken` of the previous page; absent for the first page.";

	private JourneyDocs() {
	}

}

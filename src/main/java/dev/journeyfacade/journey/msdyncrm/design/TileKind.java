package dev.journeyfacade.journey.msdyncrm.design;

import dev.journeyfacade.journey.NotUnknown;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tile types the facade models, with their ActivityTypeId: the one list of the kinds.
 * The API's {@code type} of each is its name here; JSON reading
 * ({@link DesignJsonModule}), the OpenAPI document ({@link DesignApiDocs},
 * {@link DesignConfiguration}), the reader and the writer take the kinds from it. Source:
 * the tile type table of
 * learn.microsoft.com/dynamics365/customer-insights/journeys/developer/customer-journey-workflow-definition.
 */
enum TileKind {

	SEGMENT_GROUP("Segment", SegmentGroupTile.class, "New Segment group"), EMAIL("Email", EmailTile.class, null),
	LANDING_PAGE("LandingPage", LandingPageTile.class, null), EVENT("Event", EventTile.class, null),
	SURVEY("Survey", SurveyTile.class, null), MARKETING_FORM("MarketingForm", MarketingFormTile.class, null),
	LINKEDIN_CAMPAIGN("LinkedInCampaign", LinkedInCampaignTile.class, null),
	CREATE_ACTIVITY("CreateCrmActivity", CreateActivityTile.class, null, false),
	LAUNCH_WORKFLOW("InvokeWorkflow", LaunchWorkflowTile.class, null),
	CREATE_LEAD("CreateLead", CreateLeadTile.class, null, false),
	RECORD_UPDATE("RecordUpdate", RecordUpdateTile.class, null, false),
	SCHEDULER("Scheduler", SchedulerTile.class, "New Scheduler"), TRIGGER("Trigger", TriggerTile.class, null),
	SPLITTER("Splitter", SplitterTile.class, null), SPLITTER_BRANCH("SplitterBranch", SplitterBranchTile.class, null);

	private final String wire;

	private final Class<? extends TypedTile> type;

	private final @Nullable String defaultName;

	private final boolean referenceIsGuid;

	TileKind(String wire, Class<? extends TypedTile> type, @Nullable String defaultName) {
		this(wire, type, defaultName, true);
	}

	/**
	 * @param defaultName the title the designer gives a new tile of this kind, where a
	 * public sample shows one (the sample create request's "New Segment group"); other
	 * new tiles without a title are written without one
	 * @param referenceIsGuid whether its reference ({@link TypedTile#reference()}) is
	 * documented to be a record's GUID (for the others it is not publicly documented)
	 */
	TileKind(String wire, Class<? extends TypedTile> type, @Nullable String defaultName, boolean referenceIsGuid) {
		this.wire = wire;
		this.type = type;
		this.defaultName = defaultName;
		this.referenceIsGuid = referenceIsGuid;
	}

	boolean referenceIsGuid() {
		return referenceIsGuid;
	}

	String wire() {
		return wire;
	}

	@Nullable String defaultName() {
		return defaultName;
	}

	/** The API's {@code type} of a tile the facade carries without modelling it. */
	static final String UNKNOWN = NotUnknown.UNKNOWN;

	/**
	 * Every value of the API's {@code type} with its record, in the documented order: the
	 * kinds, then UNKNOWN.
	 */
	static Map<String, Class<? extends Tile>> types() {
		Map<String, Class<? extends Tile>> types = new LinkedHashMap<>();
		for (TileKind kind : values()) {
			types.put(kind.name(), kind.type);
		}
		types.put(UNKNOWN, UnknownTile.class);
		return types;
	}

	static Optional<TileKind> ofWire(String wire) {
		return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
	}

	static TileKind of(TypedTile tile) {
		return Arrays.stream(values()).filter(k -> k.type == tile.getClass()).findFirst().orElseThrow();
	}

}

package dev.journeyfacade.journey.msdyncrm.design;

import java.util.Map;
import java.util.Optional;

/**
 * The workflow definition's property names and the one table between API enum names and
 * the strings Dataverse stores. Source:
 * learn.microsoft.com/dynamics365/customer-insights/journeys/developer/customer-journey-workflow-definition
 * (activity and item properties, tile types, relationship types) and the create request
 * of
 * learn.microsoft.com/dynamics365/customer-insights/journeys/developer/basic-operations-on-customer-journey
 * (designer state, SegmentSourceType, DciSegmentName, SegmentDisplayName, "Default"
 * spelling).
 */
final class Wire {

	// activity (tile) properties, in the order the designer writes them
	static final String ACTIVITY_TYPE_ID = "ActivityTypeId";
	static final String PARENT_ACTIVITY_ID = "ParentActivityId";
	static final String PARENT_BRANCH_ID = "ParentBranchId";
	static final String PARENT_RELATIONSHIP_TYPE = "ParentRelationshipType";
	static final String ACTIVITY_ID = "ActivityId";
	static final String PROPERTIES = "Properties";
	static final String ITEMS = "Items";
	static final String ENTITY_TARGET = "EntityTarget";

	// activity item properties, in the order the designer writes them
	static final String ITEM_ID = "ItemId";
	static final String TITLE = "Title";
	static final String IS_NAME_SYSTEM_DEFINED = "IsNameSystemDefined";
	static final String NAME = "Name";
	static final String ACTIVITY_ITEM_ID = "ActivityItemId";
	static final String SEGMENT_MERGE_METHOD = "SegmentMergeMethod";
	static final String CONTAINMENT_METHOD = "ContainmentMethod";
	static final String SEGMENT_SOURCE_TYPE = "SegmentSourceType";
	static final String DCI_SEGMENT_NAME = "DciSegmentName";
	static final String SEGMENT_DISPLAY_NAME = "SegmentDisplayName";
	static final String DESCRIPTION = "Description";

	// designer state
	static final String NEXT_ACTIVITY_ID = "NextActivityID";
	static final String NEXT_ACTIVITY_ITEM_ID = "NextActivityItemID";

	static final String ROOT_TYPE = "bpf_root";
	static final String SEGMENT_ITEM_TYPE = "SegmentItem";

	/** Documented as unused; the designer always writes it. */
	static final String TITLE_UNDEFINED = "Undefined";
	static final String ROOT_ID = "01";
	static final String ROOT_NAME = "New ActivityTypeName_bpf_root_TitleText";
	static final String SEGMENT_SOURCE_SEGMENT = "Segment";

	/**
	 * Documented lowercase ("default"); the designer's own output and Microsoft's
	 * examples say "Default".
	 */
	static final String DEFAULT_RELATIONSHIP = "Default";
	static final String YES_RELATIONSHIP = "yesBranch";
	static final String NO_RELATIONSHIP = "noBranch";

	/**
	 * "Union" is in Microsoft's samples and docs; "Intersect" follows the same pattern
	 * but no public sample shows it.
	 */
	private static final Map<SegmentMergeMethod, String> MERGE_METHODS = Map.of(SegmentMergeMethod.UNION, "Union",
			SegmentMergeMethod.INTERSECT, "Intersect");

	private static final Map<SegmentContainment, String> CONTAINMENTS = Map.of(SegmentContainment.INCLUDE, "Inclusion",
			SegmentContainment.EXCLUDE, "Exclusion");

	private static final Map<EmailContentType, String> CONTENT_TYPES = Map.of(EmailContentType.LANDING_PAGE,
			"LandingPage", EmailContentType.EVENT, "Event", EmailContentType.SURVEY, "Survey",
			EmailContentType.MARKETING_FORM, "MarketingForm");

	private static final Map<EntityTarget, String> TARGETS = Map.of(EntityTarget.CONTACT, "contact",
			EntityTarget.ACCOUNT, "account");

	private Wire() {
	}

	static String of(SegmentMergeMethod value) {
		return MERGE_METHODS.get(value);
	}

	static String of(SegmentContainment value) {
		return CONTAINMENTS.get(value);
	}

	static String of(EmailContentType value) {
		return CONTENT_TYPES.get(value);
	}

	static String of(EntityTarget value) {
		return TARGETS.get(value);
	}

	static Optional<SegmentMergeMethod> mergeMethod(String wire) {
		return find(MERGE_METHODS, wire);
	}

	static Optional<SegmentContainment> containment(String wire) {
		return find(CONTAINMENTS, wire);
	}

	static Optional<EmailContentType> contentType(String wire) {
		return find(CONTENT_TYPES, wire);
	}

	static Optional<EntityTarget> entityTarget(String wire) {
		return find(TARGETS, wire);
	}

	private static <E> Optional<E> find(Map<E, String> table, String wire) {
		return table.entrySet().stream().filter(e -> e.getValue().equals(wire)).map(Map.Entry::getKey).findFirst();
	}

}

package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one workflow activity into the record of its tile kind. Anything not in the shape
 * {@link TileJson} writes (a property of the wrong JSON type, a missing one the designer
 * always writes, an unknown nested item) fails with {@link NotTypeable}, and the caller
 * keeps the activity whole as an {@link UnknownTile} instead.
 */
final class TileReader {

	/**
	 * The activity cannot be modelled without losing something; cheap, as it is expected
	 * now and then.
	 */
	static final class NotTypeable extends Exception {

		NotTypeable() {
			super(null, null, false, false);
		}

	}

	private TileReader() {
	}

	static TypedTile read(TileKind kind, ObjectNode activity, List<Tile> next, List<Tile> yes, List<Tile> no)
			throws NotTypeable {
		List<JsonNode> items = items(activity);
		ItemFields header = ItemFields.read(items.get(0),
				kind == TileKind.SEGMENT_GROUP ? List.of(SEGMENT_MERGE_METHOD) : List.of());
		if (!header.type.equals(kind.wire())) {
			throw new NotTypeable();
		}
		StoredIds stored = new StoredIds(required(Json.text(activity, ACTIVITY_ID)), header.activityItemId,
				required(Json.text(activity, PARENT_ACTIVITY_ID)), required(Json.integer(activity, PARENT_BRANCH_ID)),
				required(Json.text(activity, PARENT_RELATIONSHIP_TYPE)));
		List<JsonNode> nested = items.subList(1, items.size());
		if (kind != TileKind.SEGMENT_GROUP && kind != TileKind.EMAIL && !nested.isEmpty()) {
			throw new NotTypeable();
		}
		String name = header.name;
		Boolean system = header.nameSystemDefined;
		String text = header.description;
		Map<String, Object> more = header.unmodeled;
		String ref = header.itemId;
		// exhaustive: a kind added to TileKind does not compile until it is read here
		return switch (kind) {
			case SEGMENT_GROUP -> {
				String method = header.specific.get(SEGMENT_MERGE_METHOD);
				yield new SegmentGroupTile(stored, name, system, text,
						method == null ? null : Wire.mergeMethod(method).orElseThrow(NotTypeable::new),
						segments(nested), noReference(header), next);
			}
			case EMAIL -> new EmailTile(stored, name, system, text, ref, content(nested), more, next);
			case LANDING_PAGE -> new LandingPageTile(stored, name, system, text, ref, more, next);
			case EVENT -> new EventTile(stored, name, system, text, ref, more, next);
			case SURVEY -> new SurveyTile(stored, name, system, text, ref, more, next);
			case MARKETING_FORM -> new MarketingFormTile(stored, name, system, text, ref, more, next);
			case LINKEDIN_CAMPAIGN -> new LinkedInCampaignTile(stored, name, system, text, ref, more, next);
			case CREATE_ACTIVITY -> new CreateActivityTile(stored, name, system, text, ref, more, next);
			case LAUNCH_WORKFLOW -> new LaunchWorkflowTile(stored, name, system, text, ref, more, next);
			case CREATE_LEAD -> new CreateLeadTile(stored, name, system, text, ref, more, next);
			case RECORD_UPDATE -> new RecordUpdateTile(stored, name, system, text, ref, more, next);
			case SCHEDULER -> new SchedulerTile(stored, name, system, text, noReference(header), next);
			case TRIGGER -> new TriggerTile(stored, name, system, text, noReference(header), yes, no);
			case SPLITTER -> new SplitterTile(stored, name, system, text, noReference(header), next);
			case SPLITTER_BRANCH -> new SplitterBranchTile(stored, name, system, text, noReference(header), next);
		};
	}

	private static List<JsonNode> items(ObjectNode activity) throws NotTypeable {
		JsonNode properties = activity.get(PROPERTIES);
		JsonNode items = properties == null ? null : properties.get(ITEMS);
		if (items == null || !items.isArray() || items.isEmpty()) {
			throw new NotTypeable();
		}
		List<JsonNode> list = new ArrayList<>();
		items.forEach(list::add);
		return list;
	}

	private static List<SegmentItem> segments(List<JsonNode> nested) throws NotTypeable {
		List<SegmentItem> segments = new ArrayList<>();
		for (JsonNode node : nested) {
			ItemFields f = ItemFields.read(node,
					List.of(CONTAINMENT_METHOD, SEGMENT_SOURCE_TYPE, DCI_SEGMENT_NAME, SEGMENT_DISPLAY_NAME));
			if (!f.type.equals(SEGMENT_ITEM_TYPE)) {
				throw new NotTypeable();
			}
			String containment = f.specific.get(CONTAINMENT_METHOD);
			segments.add(new SegmentItem(f.itemId,
					containment == null ? null : Wire.containment(containment).orElseThrow(NotTypeable::new), f.name,
					f.nameSystemDefined, f.specific.get(SEGMENT_SOURCE_TYPE), f.specific.get(DCI_SEGMENT_NAME),
					f.specific.get(SEGMENT_DISPLAY_NAME), f.description, f.activityItemId, f.unmodeled));
		}
		return segments;
	}

	private static List<EmailContent> content(List<JsonNode> nested) throws NotTypeable {
		List<EmailContent> content = new ArrayList<>();
		for (JsonNode node : nested) {
			ItemFields f = ItemFields.read(node, List.of());
			EmailContentType type = Wire.contentType(f.type).orElseThrow(NotTypeable::new);
			content.add(new EmailContent(type, f.itemId, f.name, f.nameSystemDefined, f.description, f.activityItemId,
					f.unmodeled));
		}
		return content;
	}

	/**
	 * Kinds without a record reference must have ItemId null; returns the unmodelled
	 * properties.
	 */
	private static Map<String, Object> noReference(ItemFields header) throws NotTypeable {
		if (header.itemId != null) {
			throw new NotTypeable();
		}
		return header.unmodeled;
	}

	private static <T> T required(T value) throws NotTypeable {
		if (value == null) {
			throw new NotTypeable();
		}
		return value;
	}

	/**
	 * The properties every activity item has, the requested type-specific ones, and the
	 * rest as read.
	 */
	private static final class ItemFields {

		String itemId;

		String type;

		Boolean nameSystemDefined;

		String name;

		int activityItemId;

		String description;

		final Map<String, String> specific = new HashMap<>();

		final Map<String, Object> unmodeled = new LinkedHashMap<>();

		static ItemFields read(JsonNode node, List<String> specificProperties) throws NotTypeable {
			if (!node.isObject()) {
				throw new NotTypeable();
			}
			Map<String, JsonNode> rest = new LinkedHashMap<>();
			node.properties().forEach(e -> rest.put(e.getKey(), e.getValue()));
			ItemFields f = new ItemFields();
			JsonNode itemId = rest.remove(ITEM_ID);
			if (itemId == null || !(itemId.isNull() || itemId.isString())) {
				throw new NotTypeable();
			}
			f.itemId = itemId.isNull() ? null : itemId.stringValue();
			f.type = required(optionalString(rest.remove(ACTIVITY_TYPE_ID)));
			if (!TITLE_UNDEFINED.equals(optionalString(rest.remove(TITLE)))) {
				throw new NotTypeable();
			}
			JsonNode system = rest.remove(IS_NAME_SYSTEM_DEFINED);
			if (system != null && !system.isBoolean()) {
				throw new NotTypeable();
			}
			f.nameSystemDefined = system == null ? null : system.booleanValue();
			f.name = optionalString(rest.remove(NAME));
			JsonNode activityItemId = rest.remove(ACTIVITY_ITEM_ID);
			if (activityItemId == null || !activityItemId.isInt()) {
				throw new NotTypeable();
			}
			f.activityItemId = activityItemId.intValue();
			f.description = optionalString(rest.remove(DESCRIPTION));
			for (String property : specificProperties) {
				String value = optionalString(rest.remove(property));
				if (value != null) {
					f.specific.put(property, value);
				}
			}
			rest.forEach((property, value) -> f.unmodeled.put(property, Json.toValue(value)));
			return f;
		}

		/**
		 * Absent is null; present must be a string (a JSON null would not survive the way
		 * back).
		 */
		private static String optionalString(JsonNode node) throws NotTypeable {
			if (node == null) {
				return null;
			}
			if (!node.isString()) {
				throw new NotTypeable();
			}
			return node.stringValue();
		}

	}

}

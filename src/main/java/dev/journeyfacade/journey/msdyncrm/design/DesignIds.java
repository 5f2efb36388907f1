package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every ActivityId and ActivityItemId a design already uses, with where: the duplicates
 * check reads them, and the codec starts its counters above them so that a fresh id can
 * never collide with a stored one.
 */
final class DesignIds {

	record Use<T>(String path, T id) {
	}

	final List<Use<String>> activityIds = new ArrayList<>();

	final List<Use<Integer>> itemIds = new ArrayList<>();

	private DesignIds() {
	}

	static DesignIds of(JourneyDesign design) {
		DesignIds ids = new DesignIds();
		if (design.root() == null) {
			ids.activityIds.add(new Use<>("root", ROOT_ID));
		}
		else {
			ids.activity("root", design.root());
		}
		Tiles.walk(design, (path, tile, field) -> {
			if (tile instanceof UnknownTile unknown) {
				ids.activity(path, unknown.activity());
				return;
			}
			TypedTile typed = (TypedTile) tile;
			if (typed.stored() != null) {
				ids.addActivity(path, typed.stored().activityId());
				ids.addItem(path, typed.stored().activityItemId());
			}
			if (tile instanceof SegmentGroupTile group) {
				for (int i = 0; i < group.segments().size(); i++) {
					ids.addItem(path + ".segments[" + i + "]", group.segments().get(i).activityItemId());
				}
			}
			else if (tile instanceof EmailTile email) {
				for (int i = 0; i < email.content().size(); i++) {
					ids.addItem(path + ".content[" + i + "]", email.content().get(i).activityItemId());
				}
			}
		});
		return ids;
	}

	/**
	 * The next free designer counter: above every numeric ActivityId suffix
	 * ({@code 01_0_2} uses 2).
	 */
	int nextActivityCounter() {
		int next = 0;
		for (Use<String> use : activityIds) {
			String id = use.id();
			String suffix = id.substring(id.lastIndexOf('_') + 1);
			if (id.indexOf('_') >= 0 && suffix.matches("\\d{1,9}")) {
				next = Math.max(next, Integer.parseInt(suffix) + 1);
			}
		}
		return next;
	}

	int nextItemId() {
		return itemIds.stream().mapToInt(use -> use.id() + 1).max().orElse(0);
	}

	/**
	 * An activity kept as raw JSON: its ActivityId and the ActivityItemIds of its items.
	 */
	private void activity(String path, Map<String, Object> activity) {
		addActivity(path, activity.get(ACTIVITY_ID) instanceof String id ? id : null);
		if (activity.get(PROPERTIES) instanceof Map<?, ?> properties
				&& properties.get(ITEMS) instanceof List<?> items) {
			for (Object item : items) {
				if (item instanceof Map<?, ?> map && map.get(ACTIVITY_ITEM_ID) instanceof Integer itemId) {
					addItem(path, itemId);
				}
			}
		}
	}

	private void addActivity(String path, String id) {
		if (id != null) {
			activityIds.add(new Use<>(path, id));
		}
	}

	private void addItem(String path, Integer id) {
		if (id != null) {
			itemIds.add(new Use<>(path, id));
		}
	}

}

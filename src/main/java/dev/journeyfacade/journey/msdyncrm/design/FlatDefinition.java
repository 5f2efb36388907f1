package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.Wire.*;

import dev.journeyfacade.journey.DesignViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A workflow definition as the flat list Dataverse stores, checked to form one tree:
 * every activity an object with an ActivityId and an ActivityTypeId, ActivityIds unique,
 * a single bpf_root root, every parent present, no cycles. Only then can it be read as a
 * {@link JourneyDesign}.
 */
final class FlatDefinition {

	/**
	 * One array element. {@code branchId} is null when ParentBranchId is missing or not
	 * an int.
	 */
	record Activity(int index, ObjectNode node, String id, @Nullable String parentId, String typeId,
			@Nullable Integer branchId, @Nullable String relationship) {
	}

	private final Activity root;

	private final Map<String, List<Activity>> children;

	private FlatDefinition(Activity root, Map<String, List<Activity>> children) {
		this.root = root;
		this.children = children;
	}

	Activity root() {
		return root;
	}

	/** Children in sibling order: by ParentBranchId, then as listed. */
	List<Activity> children(Activity parent) {
		return children.getOrDefault(parent.id(), List.of());
	}

	/** Parses and checks a definition; throws with every structural violation found. */
	static FlatDefinition parse(String definition) {
		List<DesignViolation> violations = new ArrayList<>();
		FlatDefinition flat = parse(definition, violations);
		if (!violations.isEmpty()) {
			throw new InvalidDesignException(violations);
		}
		return flat;
	}

	/**
	 * Parses and checks a definition, adding what is wrong to {@code violations}; usable
	 * only if none were.
	 */
	static FlatDefinition parse(String definition, List<DesignViolation> violations) {
		JsonNode array;
		try {
			array = Json.parse(definition == null ? "" : definition);
		}
		catch (JacksonException e) {
			violations
				.add(new DesignViolation("", "the workflow definition is not valid JSON: " + e.getOriginalMessage()));
			return null;
		}
		if (array == null || !array.isArray()) {
			violations.add(new DesignViolation("", "the workflow definition must be a JSON array of activities"));
			return null;
		}
		List<Activity> activities = activities(array, violations);
		Map<String, Activity> byId = new HashMap<>();
		Set<String> reported = new HashSet<>();
		for (Activity a : activities) {
			if (byId.putIfAbsent(a.id(), a) != null && reported.add(a.id())) {
				violations.add(new DesignViolation(a.id(),
						"ActivityId " + a.id() + " is used by more than one activity; ids must be unique"));
			}
		}
		Activity root = root(activities, violations);
		for (Activity a : activities) {
			if (a.parentId() != null && !byId.containsKey(a.parentId())) {
				violations.add(new DesignViolation(a.id(), "parent activity " + a.parentId() + " does not exist"));
			}
		}
		cycles(activities, byId, violations);
		Map<String, List<Activity>> children = new LinkedHashMap<>();
		for (Activity a : activities) {
			if (a.parentId() != null) {
				children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
			}
		}
		Comparator<Activity> siblingOrder = Comparator
			.comparingInt((Activity a) -> a.branchId() == null ? Integer.MAX_VALUE : a.branchId())
			.thenComparingInt(Activity::index);
		children.values().forEach(list -> list.sort(siblingOrder));
		return new FlatDefinition(root, children);
	}

	private static List<Activity> activities(JsonNode array, List<DesignViolation> violations) {
		List<Activity> activities = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			String ref = "[" + i + "]";
			if (!(node instanceof ObjectNode object)) {
				violations.add(new DesignViolation(ref, "an activity must be a JSON object"));
				continue;
			}
			String id = Json.text(object, ACTIVITY_ID);
			if (id == null || id.isBlank()) {
				violations.add(new DesignViolation(ref, "the activity has no ActivityId"));
				continue;
			}
			String type = Json.text(object, ACTIVITY_TYPE_ID);
			if (type == null || type.isBlank()) {
				violations.add(new DesignViolation(id, "the activity has no ActivityTypeId"));
				continue;
			}
			JsonNode parent = object.get(PARENT_ACTIVITY_ID);
			if (parent != null && !parent.isNull() && !parent.isString()) {
				violations.add(new DesignViolation(id, "ParentActivityId must be a string"));
				continue;
			}
			activities.add(new Activity(i, object, id, parent == null || parent.isNull() ? null : parent.stringValue(),
					type, Json.integer(object, PARENT_BRANCH_ID), Json.text(object, PARENT_RELATIONSHIP_TYPE)));
		}
		return activities;
	}

	/** Exactly one activity may lack a parent, and it must be the bpf_root. */
	private static Activity root(List<Activity> activities, List<DesignViolation> violations) {
		List<Activity> roots = activities.stream().filter(a -> a.parentId() == null).toList();
		if (roots.isEmpty()) {
			violations.add(new DesignViolation("", "the definition has no root: exactly one activity, the " + ROOT_TYPE
					+ ", must have no ParentActivityId"));
			return null;
		}
		Activity root = roots.stream().filter(a -> ROOT_TYPE.equals(a.typeId())).findFirst().orElse(roots.get(0));
		for (Activity other : roots) {
			if (other != root) {
				violations.add(new DesignViolation(other.id(), "a second root: only the " + ROOT_TYPE + " activity ("
						+ root.id() + ") may have no ParentActivityId"));
			}
		}
		if (!ROOT_TYPE.equals(root.typeId())) {
			violations.add(new DesignViolation(root.id(),
					"the root activity must be of type " + ROOT_TYPE + ", not " + root.typeId()));
		}
		return root;
	}

	/**
	 * Follows each activity's parents; a walk that comes back to itself is a cycle,
	 * reported once per member.
	 */
	private static void cycles(List<Activity> activities, Map<String, Activity> byId,
			List<DesignViolation> violations) {
		Set<String> settled = new HashSet<>();
		for (Activity start : activities) {
			List<String> path = new ArrayList<>();
			Activity current = start;
			while (current != null && !settled.contains(current.id()) && !path.contains(current.id())) {
				path.add(current.id());
				current = current.parentId() == null ? null : byId.get(current.parentId());
			}
			if (current != null && path.contains(current.id())) {
				List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current.id()), path.size()));
				cycle.add(current.id());
				String shown = String.join(" → ", cycle);
				for (String member : cycle.subList(0, cycle.size() - 1)) {
					violations.add(new DesignViolation(member, "the parent links form a cycle: " + shown));
				}
			}
			settled.addAll(path);
		}
	}

}

package dev.dataverseemulator.validation;

import dev.dataverseemulator.validation.ValidationResult.Finding;
import dev.dataverseemulator.validation.ValidationResult.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks behind "Check for errors" and behind going live.
 *
 * <p>
 * Only one fault code is documented by Microsoft:
 * {@code ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations}. Every other code
 * here is the emulator's own, named in the same style: {@code ErrorNameMissing},
 * {@code ErrorEndDateBeforeStartDate}, {@code ErrorRecurrenceSettingsMissing},
 * {@code ErrorWorkflowDefinitionMissing}, {@code ErrorWorkflowDefinitionInvalid},
 * {@code ErrorSegmentTileMissing}, {@code ErrorSegmentNotSelected},
 * {@code ErrorSegmentNotFound}, {@code ErrorEmailNotSelected},
 * {@code ErrorEmailNotFound}, {@code ErrorSuppressionSegmentNotFound},
 * {@code ErrorContentSettingsNotFound} and {@code WarningContentSettingsMissing}. Tile
 * findings carry the tile's {@code ActivityId}; "not found" findings carry the missing id
 * as their one argument.
 */
@Component
public class JourneyValidator {

	private final References references;

	private final JsonMapper json;

	public JourneyValidator(References references, JsonMapper json) {
		this.references = references;
		this.json = json;
	}

	public ValidationResult validate(JourneyDraft journey) {
		List<Finding> findings = new ArrayList<>();
		checkName(journey, findings);
		checkSchedule(journey, findings);
		checkReferences(journey, findings);
		checkDesign(journey.workflowDefinition(), findings);
		return new ValidationResult(List.copyOf(findings));
	}

	private void checkName(JourneyDraft journey, List<Finding> findings) {
		if (journey.name() == null || journey.name().isBlank()) {
			findings.add(error("", "ErrorNameMissing"));
		}
	}

	private void checkSchedule(JourneyDraft journey, List<Finding> findings) {
		if (journey.start() != null && journey.end() != null && !journey.end().isAfter(journey.start())) {
			findings.add(error("", "ErrorEndDateBeforeStartDate"));
		}
		if (!Boolean.TRUE.equals(journey.recurring())) {
			return;
		}
		Integer interval = journey.intervalDays();
		Integer count = journey.count();
		if (interval == null || interval < 1 || count == null || count < 1) {
			findings.add(error("", "ErrorRecurrenceSettingsMissing"));
			return;
		}
		// every iteration must end by the journey's end date
		if (journey.start() != null && journey.end() != null
				&& journey.start().plus(Duration.ofDays((long) interval * count)).isAfter(journey.end())) {
			findings.add(error("", "ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations"));
		}
	}

	private void checkReferences(JourneyDraft journey, List<Finding> findings) {
		if (journey.contentSettingsId() == null) {
			findings.add(new Finding("", "WarningContentSettingsMissing", Severity.Warning, List.of()));
		}
		else if (!references.contentSettingsExists(journey.contentSettingsId())) {
			findings.add(error("", "ErrorContentSettingsNotFound", journey.contentSettingsId().toString()));
		}
		if (journey.suppressionSegmentId() != null && !references.segmentExists(journey.suppressionSegmentId())) {
			findings.add(error("", "ErrorSuppressionSegmentNotFound", journey.suppressionSegmentId().toString()));
		}
	}

	private void checkDesign(String workflowDefinition, List<Finding> findings) {
		if (workflowDefinition == null || workflowDefinition.isBlank()) {
			findings.add(error("", "ErrorWorkflowDefinitionMissing"));
			return;
		}
		JsonNode activities;
		try {
			activities = json.readTree(workflowDefinition);
		}
		catch (JacksonException e) {
			activities = null;
		}
		if (activities == null || !activities.isArray() || !allAreActivities(activities)) {
			findings.add(error("", "ErrorWorkflowDefinitionInvalid"));
			return;
		}
		boolean segmentTile = false;
		for (JsonNode activity : activities) {
			String type = activity.get("ActivityTypeId").asString();
			String activityId = activity.path("ActivityId").asString("");
			List<JsonNode> items = new ArrayList<>();
			activity.path("Properties").path("Items").forEach(items::add);
			if (type.equals("Segment")) {
				segmentTile = true;
				checkItems(activityId, items, "SegmentItem", "ErrorSegmentNotSelected", "ErrorSegmentNotFound",
						references::segmentExists, findings);
			}
			else if (type.equals("Email")) {
				checkItems(activityId, items, "Email", "ErrorEmailNotSelected", "ErrorEmailNotFound",
						references::emailExists, findings);
			}
			// other tile types (custom channels included) pass through unchecked
		}
		if (!segmentTile) {
			findings.add(error("", "ErrorSegmentTileMissing"));
		}
	}

	private static boolean allAreActivities(JsonNode activities) {
		for (JsonNode activity : activities) {
			if (!activity.isObject() || !activity.path("ActivityTypeId").isString()) {
				return false;
			}
		}
		return true;
	}

	private static void checkItems(String activityId, List<JsonNode> items, String itemType, String notSelected,
			String notFound, java.util.function.Predicate<UUID> exists, List<Finding> findings) {
		List<String> ids = items.stream()
			.filter(item -> itemType.equals(item.path("ActivityTypeId").asString("")))
			.map(item -> item.path("ItemId"))
			.filter(id -> id.isString() && !id.asString().isBlank())
			.map(JsonNode::asString)
			.toList();
		if (ids.isEmpty()) {
			findings.add(error(activityId, notSelected));
		}
		for (String id : ids) {
			Optional<UUID> parsed = Ids.parse(id);
			if (parsed.isEmpty() || !exists.test(parsed.get())) {
				findings.add(error(activityId, notFound, id));
			}
		}
	}

	private static Finding error(String activityId, String fault, String... arguments) {
		return new Finding(activityId, fault, Severity.Error, List.of(arguments));
	}

}

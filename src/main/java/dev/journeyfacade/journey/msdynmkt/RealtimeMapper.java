package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.journey.Guids;
import dev.journeyfacade.journey.JourneyAudit;
import dev.journeyfacade.journey.JourneyTimes;
import dev.journeyfacade.journey.MessageChannel;
import dev.journeyfacade.journey.MessageChoice;
import dev.journeyfacade.journey.RealtimeJourney;
import dev.journeyfacade.journey.RealtimeJourneyContent;
import dev.journeyfacade.journey.RealtimeJourneySummary;
import dev.journeyfacade.journey.UserReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapper between the real-time journey row and the journey API: codes to enums,
 * dates to UTC, and the documented paths of the stored definition ({@link TemplateEdits})
 * read as {@link RealtimeJourneyContent}. What the definition does not hold, or holds in
 * another shape than documented, reads as null (or is left out of the messages): a
 * journey is always readable.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class RealtimeMapper {

	private final JsonMapper json;

	RealtimeJourneySummary toSummary(RealtimeRows.Journey row) {
		return new RealtimeJourneySummary(row.id(), row.name(), RealtimeCodes.STATUS.value(row.statusCode()),
				RealtimeCodes.TRIGGER.value(row.triggerType()), JourneyTimes.toSecond(row.start()),
				JourneyTimes.toSecond(row.end()), JourneyTimes.toSecond(row.modifiedOn()), row.etag());
	}

	RealtimeJourney toJourney(RealtimeRows.Journey row) {
		return new RealtimeJourney(row.id(), row.name(), RealtimeCodes.STATUS.value(row.statusCode()),
				RealtimeCodes.TRIGGER.value(row.triggerType()), JourneyTimes.toSecond(row.start()),
				JourneyTimes.toSecond(row.end()), row.templateId(), content(row), row.ownerId(), row.businessUnitId(),
				audit(row), JourneyTimes.toSecond(row.createdOn()), JourneyTimes.toSecond(row.modifiedOn()),
				row.etag());
	}

	private static JourneyAudit audit(RealtimeRows.Journey row) {
		return new JourneyAudit(UserReference.of(row.createdBy(), row.createdByName()),
				UserReference.of(row.modifiedBy(), row.modifiedByName()),
				UserReference.of(row.createdOnBehalfBy(), row.createdOnBehalfByName()),
				UserReference.of(row.modifiedOnBehalfBy(), row.modifiedOnBehalfByName()));
	}

	/** The stored definition parsed; null when there is none or it is no JSON object. */
	@Nullable JsonNode definition(RealtimeRows.Journey row) {
		if (row.definition() == null || row.definition().isBlank()) {
			return null;
		}
		try {
			JsonNode definition = json.readTree(row.definition());
			return definition != null && definition.isObject() ? definition : null;
		}
		catch (JacksonException e) {
			log.debug("the definition of real-time journey {} is not JSON: {}", row.id(), e.getOriginalMessage());
			return null;
		}
	}

	private RealtimeJourneyContent content(RealtimeRows.Journey row) {
		JsonNode definition = definition(row);
		if (definition == null) {
			return RealtimeJourneyContent.NONE;
		}
		return new RealtimeJourneyContent(guid(TemplateEdits.read(definition, TemplateEdits.AUDIENCE)),
				guids(TemplateEdits.read(definition, TemplateEdits.EXCLUSION_SEGMENTS)),
				guids(TemplateEdits.read(definition, TemplateEdits.SUPPRESSION_SEGMENTS)),
				messages(row.id(), definition));
	}

	/**
	 * Each action's message parameters, in the definition's order; an action with a
	 * message parameter of null has no message yet.
	 */
	private static @Nullable List<MessageChoice> messages(@Nullable UUID journey, JsonNode definition) {
		JsonNode actions = definition.path(TemplateEdits.ACTIONS);
		if (!actions.isObject()) {
			return null;
		}
		List<MessageChoice> messages = new ArrayList<>();
		for (Map.Entry<String, JsonNode> action : actions.properties()) {
			JsonNode parameters = action.getValue().path(TemplateEdits.PARAMETERS);
			for (MessageChannel channel : MessageChannel.values()) {
				JsonNode id = parameters.get(RealtimeCodes.MESSAGE_PARAMETER.get(channel));
				if (id == null) {
					continue;
				}
				if (id.isNull()) {
					messages.add(new MessageChoice(action.getKey(), channel, null));
				}
				else if (guid(id) != null) {
					messages.add(new MessageChoice(action.getKey(), channel, guid(id)));
				}
				else {
					log.debug("real-time journey {}: action {} has a {} message that is no id; not shown", journey,
							action.getKey(), channel);
				}
			}
		}
		return messages;
	}

	private static @Nullable UUID guid(JsonNode node) {
		return node.isString() && Guids.isGuid(node.asString()) ? UUID.fromString(node.asString()) : null;
	}

	private static @Nullable List<UUID> guids(JsonNode node) {
		if (!node.isArray()) {
			return null;
		}
		List<UUID> ids = new ArrayList<>();
		node.forEach(item -> {
			UUID id = guid(item);
			if (id != null) {
				ids.add(id);
			}
		});
		return ids;
	}

}

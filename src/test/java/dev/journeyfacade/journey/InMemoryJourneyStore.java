package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationOutcome;
import dev.journeyfacade.journey.validation.ValidationReport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend for the journey API's slice tests: journeys in a map, a design that is a
 * note, a lifecycle table of its own. What it does is what the port promises (create-only
 * writes, JourneyNotFound, JourneyStatusConflict), so a test against it shows the journey
 * core needs nothing of the outbound backend.
 */
class InMemoryJourneyStore implements JourneyStore {

	/** This backend's design: a note; a note saying "invalid" breaks its one rule. */
	record Note(String text) implements Design {
	}

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

	final Map<UUID, Journey> journeys = new LinkedHashMap<>();

	final List<String> writes = new ArrayList<>();

	private final AtomicInteger version = new AtomicInteger(1);

	@Override
	public JourneyPage list(JourneyQuery query) {
		return new JourneyPage(journeys.values().stream().map(InMemoryJourneyStore::summary).toList(), null);
	}

	@Override
	public Journey get(UUID id) {
		Journey journey = journeys.get(id);
		if (journey == null) {
			throw new JourneyNotFound(id, null);
		}
		return journey;
	}

	@Override
	public JourneySummary getSummary(UUID id) {
		return summary(get(id));
	}

	@Override
	public List<FieldProblem> checkDesign(DesignFields design) {
		if (design.design() instanceof Note note && note.text().equals("invalid")) {
			return List.of(new FieldProblem("design.text", "a note must not say invalid"));
		}
		return List.of();
	}

	@Override
	public void checkAllowed(JourneyAction action, UUID id, JourneyStatus status) {
		Set<JourneyStatus> allowed = switch (action) {
			case PUBLISH, UPDATE, DELETE -> EnumSet.of(JourneyStatus.DRAFT, JourneyStatus.STOPPED);
			case STOP -> EnumSet.of(JourneyStatus.LIVE);
		};
		if (!allowed.contains(status)) {
			throw new JourneyStatusConflict(id, status, action, allowed, "");
		}
	}

	@Override
	public CreatedJourney create(UUID id, CreateJourneyRequest journey) {
		if (journeys.containsKey(id)) {
			return new CreatedJourney(journeys.get(id), false);
		}
		writes.add("create " + id);
		return new CreatedJourney(store(new Journey(id, journey.name(), JourneyStatus.DRAFT, journey.settings(),
				journey.design(), List.of(), null, null, NOW, NOW, null)), true);
	}

	@Override
	public CreatedJourney copy(Journey source, UUID id, String name) {
		writes.add("copy " + source.id() + " as " + id);
		return new CreatedJourney(store(new Journey(id, name, JourneyStatus.DRAFT, source.settings().known(),
				source.design(), List.of(), null, null, NOW, NOW, null)), true);
	}

	@Override
	public Journey update(Journey current, JourneyChanges changes, String ifMatch) {
		writes.add("update " + current.id() + " " + changes.fields());
		UpdateJourneyRequest values = changes.values();
		JourneySettings settings = changes.has("timeZone")
				? withTimeZone(current.settings(), values.settings().timeZone()) : current.settings();
		return store(new Journey(current.id(), changes.has("name") ? values.name() : current.name(), current.status(),
				settings, changes.has(DesignFields.DESIGN) ? values.design() : current.design(), List.of(), null, null,
				current.createdAt(), NOW, null));
	}

	@Override
	public Journey publish(UUID id, String ifMatch) {
		return withStatus(id, JourneyStatus.GOING_LIVE);
	}

	@Override
	public Journey stop(UUID id, String ifMatch) {
		return withStatus(id, JourneyStatus.STOPPING);
	}

	@Override
	public void delete(UUID id, String ifMatch) {
		writes.add("delete " + id);
		journeys.remove(get(id).id());
	}

	@Override
	public ValidationReport validate(UUID id) {
		get(id);
		return new ValidationReport(ValidationOutcome.VALID, List.of());
	}

	@Override
	public ValidationReport validateDraft(CreateJourneyRequest draft) {
		return new ValidationReport(ValidationOutcome.VALID, List.of());
	}

	Journey put(UUID id, String name, JourneyStatus status) {
		return store(new Journey(id, name, status, null, null, List.of(), null, null, NOW, NOW, null));
	}

	private Journey withStatus(UUID id, JourneyStatus status) {
		Journey journey = get(id);
		writes.add(status + " " + id);
		return store(new Journey(id, journey.name(), status, journey.settings(), journey.design(), List.of(), null,
				null, journey.createdAt(), NOW, null));
	}

	private Journey store(Journey journey) {
		Journey versioned = new Journey(journey.id(), journey.name(), journey.status(), journey.settings(),
				journey.design(), journey.designProblems(), journey.text(), journey.audit(), journey.createdAt(),
				journey.modifiedAt(), "W/\"" + version.getAndIncrement() + "\"");
		journeys.put(journey.id(), versioned);
		return versioned;
	}

	private static JourneySettings withTimeZone(JourneySettings s, Integer timeZone) {
		return new JourneySettings(s.type(), s.target(), s.requiredConsent(), s.startsAt(), s.endsAt(), s.recurrence(),
				timeZone, s.suppressionSegmentId(), s.contentSettingsId(), s.ownerId());
	}

	private static JourneySummary summary(Journey j) {
		return new JourneySummary(j.id(), j.name(), j.status(), j.settings().type(), j.settings().target(),
				j.settings().startsAt(), j.settings().endsAt(), j.modifiedAt(), j.etag());
	}

}

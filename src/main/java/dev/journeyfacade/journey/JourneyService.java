package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ETag;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The journey use cases, the same for every backend: bodies checked before anything is
 * stored (the backend checks its design), idempotent creates and copies (ADR 5), updates
 * as merge patches (ADR 7), actions the status refuses refused before anything is written
 * (the backend's table, ADR 6).
 */
@Slf4j
@Service
@RequiredArgsConstructor
class JourneyService {

	static final String COPY_PREFIX = "Copy of ";

	private final JourneyStore store;

	private final JourneyInput input;

	JourneyPage list(JourneyQuery query) {
		return store.list(query);
	}

	/**
	 * One journey, or that the caller's copy is current: {@code If-None-Match} (RFC 9110
	 * §13.1.2, weak comparison) names the version the caller holds. A single entity tag
	 * is handed to the backend, so Dataverse can answer 304 without sending the journey;
	 * a list or {@code *} is compared here after an ordinary read. A header that holds no
	 * entity tag is ignored.
	 */
	JourneyRead get(UUID id, @Nullable String ifNoneMatch) {
		List<ETag> held = ifNoneMatch == null ? List.of() : ETag.parse(ifNoneMatch);
		if (held.isEmpty()) {
			return JourneyRead.found(store.get(id));
		}
		Journey journey;
		ETag single = held.size() == 1 && !held.get(0).isWildcard() ? held.get(0) : null;
		if (single != null) {
			Optional<Journey> changed = store.getIfChanged(id, single.tag());
			if (changed.isEmpty()) {
				return JourneyRead.notModified(single.formattedTag());
			}
			journey = changed.get();
		}
		else {
			journey = store.get(id);
		}
		// Dataverse may answer 200 with the same version (a table without optimistic
		// concurrency, a backend that cannot ask): the caller's copy is current all the
		// same.
		if (journey.etag() != null && matches(held, ETag.create(journey.etag()))) {
			return JourneyRead.notModified(journey.etag());
		}
		return JourneyRead.found(journey);
	}

	private static boolean matches(List<ETag> held, ETag current) {
		return held.stream().anyMatch(tag -> tag.isWildcard() || tag.compare(current, false));
	}

	/**
	 * Creates a draft. The id is the caller's own, or derived from the Idempotency-Key,
	 * or random; in every case the backend makes a create-only write, so even a retry of
	 * a lost answer cannot make a second journey. A repeat of a create that succeeded
	 * returns that journey (not created); when its name differs from the request, the key
	 * (or id) was reused for another journey: 409.
	 */
	CreatedJourney create(CreateJourneyRequest request, @Nullable String idempotencyKey) {
		input.checkNew(request);
		UUID id = request.id() != null ? request.id()
				: idempotencyKey != null ? IdempotencyKeys.journeyId("create", idempotencyKey) : UUID.randomUUID();
		CreatedJourney outcome = store.create(id, request);
		if (!outcome.created()) {
			if (!Objects.equals(outcome.journey().name(), request.name())) {
				throw new IdempotencyKeyReused(id, request.id() != null);
			}
			log.debug("create of journey {} repeated; answering with the existing journey", id);
		}
		return outcome;
	}

	/**
	 * Applies a merge patch: a bad body is refused before anything is read, a locked
	 * journey before anything is written.
	 */
	Journey update(UUID id, JsonNode patch, @Nullable String ifMatch) {
		input.checkPatch(patch); // a bad body never costs a Dataverse call
		Journey current = store.get(id);
		store.checkAllowed(JourneyAction.UPDATE, id, current.status());
		JourneyChanges changes = input.readPatch(patch, current);
		if (changes.fields().isEmpty()) {
			return current; // {} is a valid merge patch that changes nothing
		}
		return store.update(current, changes, ifMatch);
	}

	void delete(UUID id, @Nullable String ifMatch) {
		store.checkAllowed(JourneyAction.DELETE, id, store.getSummary(id).status());
		store.delete(id, ifMatch);
	}

	/**
	 * GOING_LIVE at once; the backend then moves the journey to LIVE (or ERROR) on its
	 * own.
	 */
	Journey publish(UUID id, @Nullable String ifMatch) {
		store.checkAllowed(JourneyAction.PUBLISH, id, store.getSummary(id).status());
		return store.publish(id, ifMatch);
	}

	/** STOPPING at once; the backend then moves the journey to STOPPED on its own. */
	Journey stop(UUID id, @Nullable String ifMatch) {
		store.checkAllowed(JourneyAction.STOP, id, store.getSummary(id).status());
		return store.stop(id, ifMatch);
	}

	ValidationReport validate(UUID id) {
		return store.validate(id);
	}

	/**
	 * Checks a journey that is not saved, as the backend would check it as a draft; the
	 * body is checked first.
	 */
	ValidationReport validateDraft(CreateJourneyRequest draft) {
		input.checkNew(draft);
		return store.validateDraft(draft);
	}

	/**
	 * A new draft with the source's settings, owner and design, safe to retry with an
	 * Idempotency-Key scoped to the source.
	 */
	CreatedJourney copy(UUID sourceId, @Nullable String idempotencyKey) {
		Journey source = store.get(sourceId);
		UUID id = idempotencyKey != null ? IdempotencyKeys.journeyId("copy:" + sourceId, idempotencyKey)
				: UUID.randomUUID();
		return store.copy(source, id, copyName(source.name()));
	}

	static String copyName(@Nullable String name) {
		String copy = COPY_PREFIX + (name == null ? "" : name);
		return copy.length() <= JourneyLimits.NAME_MAX ? copy : copy.substring(0, JourneyLimits.NAME_MAX - 1) + "…";
	}

}

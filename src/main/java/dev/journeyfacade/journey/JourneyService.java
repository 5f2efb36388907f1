package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
import java.util.Objects;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
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

	/** One journey, or that the caller's copy is current ({@link JourneyRead#of}). */
	JourneyRead<Journey> get(UUID id, @Nullable String ifNoneMatch) {
		return JourneyRead.of(ifNoneMatch, () -> store.get(id), tag -> store.getIfChanged(id, tag), Journey::etag);
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

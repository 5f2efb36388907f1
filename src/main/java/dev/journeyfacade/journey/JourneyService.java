package dev.journeyfacade.journey;

import dev.journeyfacade.journey.JourneyChanges.Field;
import dev.journeyfacade.journey.design.DesignCodec;
import dev.journeyfacade.journey.design.WorkflowDefinition;
import dev.journeyfacade.journey.validation.ValidationReport;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The journey use cases: lifecycle rules, idempotent creates and copies, updates as merge patches. A design sent
 * as a tree is written here into the two strings Dataverse stores (the body was checked on the way in), so the
 * store only ever sees the strings.
 */
@Slf4j
@Service
@RequiredArgsConstructor
class JourneyService {

    static final String COPY_PREFIX = "Copy of ";
    static final int NAME_MAX = 100;

    private final JourneyStore store;
    private final JourneyPatchReader patchReader;
    private final DesignCodec codec;

    JourneyPage list(JourneyQuery query) {
        return store.list(query);
    }

    Journey get(UUID id) {
        return store.get(id);
    }

    /**
     * Creates a draft. The id is the caller's own, or derived from the Idempotency-Key, or random; in every
     * case Dataverse gets a create-only upsert, so even this service's own retries of a lost answer cannot
     * make a second journey. A repeat of a create that succeeded returns that journey (not created); when its
     * name differs from the request, the key (or id) was reused for another journey: 409.
     */
    CreatedJourney create(CreateJourneyRequest request, String idempotencyKey) {
        UUID id = request.id() != null ? request.id()
                : idempotencyKey != null ? IdempotencyKeys.journeyId("create", idempotencyKey)
                : UUID.randomUUID();
        CreatedJourney outcome = store.create(id, withDesignWritten(request));
        if (!outcome.created()) {
            if (!Objects.equals(outcome.journey().name(), request.name())) {
                throw new IdempotencyKeyReused(id, request.id() != null);
            }
            log.debug("create of journey {} repeated; answering with the existing journey", id);
        }
        return outcome;
    }

    /** Applies a merge patch: a bad body is refused before anything is read, a locked journey before anything is written. */
    Journey update(UUID id, JsonNode patch, String ifMatch) {
        patchReader.checkAlone(patch); // a bad body never costs a Dataverse call
        Journey current = store.get(id);
        JourneyRules.checkUpdate(id, current.status());
        JourneyChanges changes = patchReader.read(patch, current);
        if (changes.fields().isEmpty()) {
            return current; // {} is a valid merge patch that changes nothing
        }
        return store.update(id, withDesignWritten(changes, current), ifMatch);
    }

    void delete(UUID id, String ifMatch) {
        JourneyRules.checkDelete(id, store.getSummary(id).status());
        store.delete(id, ifMatch);
    }

    /** Sets GOING_LIVE; Dataverse then moves the journey to LIVE (or ERROR) on its own. */
    Journey publish(UUID id, String ifMatch) {
        JourneyRules.checkPublish(id, store.getSummary(id).status());
        return store.changeStatus(id, JourneyStatus.GOING_LIVE, ifMatch);
    }

    /** Sets STOPPING; Dataverse then moves the journey to STOPPED on its own. */
    Journey stop(UUID id, String ifMatch) {
        JourneyRules.checkStop(id, store.getSummary(id).status());
        return store.changeStatus(id, JourneyStatus.STOPPING, ifMatch);
    }

    ValidationReport validate(UUID id) {
        return store.validate(store.get(id));
    }

    /** Checks a journey that is not saved: as Dataverse would check it as a draft. */
    ValidationReport validateDraft(CreateJourneyRequest request) {
        CreateJourneyRequest draft = withDesignWritten(request);
        return store.validate(new Journey(draft.id(), draft.name(), JourneyStatus.DRAFT, draft.type(), draft.target(),
                draft.requiredConsent(), draft.startsAt(), draft.endsAt(), draft.recurrence(), draft.timeZone(),
                draft.suppressionSegmentId(), draft.contentSettingsId(), draft.ownerId(), request.design(), null,
                draft.workflowDefinition(), draft.designerState(), null, null, null));
    }

    /**
     * A new draft with the source's settings, owner, workflow definition and designer state (the two
     * travel together, as the designer needs both): carried as stored, not re-encoded, so the copy's design and
     * ids are the source's, even when the stored definition cannot be read as a tree. Safe to retry with an
     * Idempotency-Key, scoped to the source.
     */
    CreatedJourney copy(UUID sourceId, String idempotencyKey) {
        Journey source = store.get(sourceId);
        UUID id = idempotencyKey != null
                ? IdempotencyKeys.journeyId("copy:" + sourceId, idempotencyKey) : UUID.randomUUID();
        return store.create(id, new CreateJourneyRequest(id, copyName(source.name()), known(source.type()),
                known(source.target()), known(source.requiredConsent()), source.startsAt(), source.endsAt(),
                source.recurrence(), source.timeZone(), source.suppressionSegmentId(), source.contentSettingsId(),
                source.ownerId(), null, source.workflowDefinition(), source.designerState()));
    }

    /** A new journey's design tree as the two strings; a new journey has no designer state to continue from. */
    private CreateJourneyRequest withDesignWritten(CreateJourneyRequest request) {
        if (request.design() == null) {
            return request;
        }
        return request.withDesignWritten(codec.encode(request.design(),
                JourneyDesignRules.entityTarget(request.target())));
    }

    /**
     * A changed design tree as the two strings. The stored designer state is passed on, so its counters never go
     * back (ids once used are never handed out again); the tiles address the journey's target after the change.
     * A null design clears both strings.
     */
    private JourneyChanges withDesignWritten(JourneyChanges changes, Journey current) {
        if (!changes.has(Field.DESIGN)) {
            return changes;
        }
        UpdateJourneyRequest values = changes.values();
        if (values.design() == null) {
            return new JourneyChanges(values.withDesignWritten(null, null), designFieldsWritten(changes.fields()));
        }
        Target target = changes.has(Field.TARGET) ? values.target() : current.target();
        WorkflowDefinition written = codec.encode(values.design(), JourneyDesignRules.entityTarget(target),
                current.designerState());
        return new JourneyChanges(values.withDesignWritten(written.definition(), written.designerState()),
                designFieldsWritten(changes.fields()));
    }

    private static Set<Field> designFieldsWritten(Set<Field> fields) {
        Set<Field> written = EnumSet.copyOf(fields);
        written.remove(Field.DESIGN);
        written.add(Field.WORKFLOW_DEFINITION);
        written.add(Field.DESIGNER_STATE);
        return written;
    }

    static String copyName(String name) {
        String copy = COPY_PREFIX + (name == null ? "" : name);
        return copy.length() <= NAME_MAX ? copy : copy.substring(0, NAME_MAX - 1) + "…";
    }

    /** An UNKNOWN value cannot be written back: leave it to Dataverse's default in the copy. */
    private static <E extends Enum<E>> E known(E value) {
        return value == null || value.name().equals("UNKNOWN") ? null : value;
    }
}

package dev.journeyfacade.journey;

import dev.journeyfacade.web.InvalidFields;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * The real-time journey use cases: a create's body checked before Dataverse sees it (one
 * 400 listing every bad field), and a delete refused unless the journey is a draft.
 */
@Service
@RequiredArgsConstructor
class RealtimeJourneyService {

	static final String OBJECT_NAME = "createRealtimeJourneyRequest";

	/**
	 * Microsoft documents no rule for deleting real-time journeys; deleting only drafts
	 * never takes a running journey away from its contacts.
	 */
	static final Set<RealtimeJourneyStatus> DELETABLE = Set.of(RealtimeJourneyStatus.DRAFT);

	private static final String CONTENT = "content.";

	private final RealtimeJourneyStore store;

	private final Validator validator;

	RealtimeJourneyPage list(RealtimeJourneyQuery query) {
		return store.list(query);
	}

	/** One journey, or that the caller's copy is current ({@link JourneyRead#of}). */
	JourneyRead<RealtimeJourney> get(UUID id, @Nullable String ifNoneMatch) {
		return JourneyRead.of(ifNoneMatch, () -> store.get(id), tag -> store.getIfChanged(id, tag),
				RealtimeJourney::etag);
	}

	CreatedRealtimeJourney create(CreateRealtimeJourneyRequest journey, CreateMode mode,
			@Nullable String idempotencyKey) {
		check(journey);
		return store.create(journey, mode, idempotencyKey);
	}

	void delete(UUID id, @Nullable String ifMatch) {
		RealtimeJourneyStatus status = store.getSummary(id).status();
		if (status == null || !DELETABLE.contains(status)) {
			throw new JourneyStatusConflict(id, status == null ? RealtimeJourneyStatus.UNKNOWN : status,
					JourneyAction.DELETE, DELETABLE,
					" Only drafts are deleted here: Microsoft documents no rule for the other statuses.");
		}
		store.delete(id, ifMatch);
	}

	/**
	 * The constraints, the period, and each action's message named once per kind.
	 * @throws InvalidFields listing every problem, when there is one
	 */
	private void check(CreateRealtimeJourneyRequest journey) {
		BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), OBJECT_NAME);
		for (ConstraintViolation<CreateRealtimeJourneyRequest> violation : validator.validate(journey)) {
			reject(errors, field(violation), violation.getInvalidValue(), violation.getMessage());
		}
		if (JourneyTimes.endsTooEarly(journey.startsAt(), journey.endsAt())) {
			reject(errors, "endsAt", null, JourneyInput.ENDS_TOO_EARLY);
		}
		List<MessageChoice> messages = journey.content().messages();
		Set<String> named = new HashSet<>();
		for (int i = 0; messages != null && i < messages.size(); i++) {
			MessageChoice message = messages.get(i);
			if (message != null && message.actionId() != null && message.channel() != null
					&& !named.add(message.actionId() + "\n" + message.channel())) {
				reject(errors, "messages[" + i + "]", null,
						"names the " + message.channel() + " message of action " + message.actionId() + " again");
			}
		}
		if (errors.hasErrors()) {
			throw new InvalidFields(errors);
		}
	}

	/**
	 * The field as the JSON has it: the content is unwrapped, list elements are indexed.
	 */
	private static String field(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString().replace(".<list element>", "");
		return path.startsWith(CONTENT) ? path.substring(CONTENT.length()) : path;
	}

	private static void reject(BindingResult errors, String field, @Nullable Object value, String message) {
		errors.addError(new FieldError(OBJECT_NAME, field, value, false, null, null, message));
	}

}

package dev.journeyfacade.journey.msdynmkt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.journeyfacade.journey.CreateMode;
import dev.journeyfacade.journey.CreateRealtimeJourneyRequest;
import dev.journeyfacade.journey.validation.IssueSeverity;
import dev.journeyfacade.journey.validation.ValidationIssue;
import dev.journeyfacade.journey.validation.ValidationOutcome;
import dev.journeyfacade.journey.validation.ValidationReport;
import dev.journeyfacade.web.ProblemType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unbound action {@code msdynmkt_CreateJourneyFromTemplate} as Microsoft documents it
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/create-journey-template-api):
 * its parameters, written from a create's fields and edits, and its answer, whose
 * {@code msdynmkt_errors} (a JSON array in a string) becomes the API's validation report
 * with a sentence per documented code.
 */
final class CreateFromTemplate {

	static final String ACTION = "msdynmkt_CreateJourneyFromTemplate";

	static final String TEMPLATE_ID = "msdynmkt_journeytemplateid";

	static final String NAME = "msdynmkt_journeyname";

	static final String MODIFICATIONS = "msdynmkt_jsonpathmodifications";

	static final String START = "msdynmkt_journeystarttime";

	static final String END = "msdynmkt_journeyendtime";

	static final String MODE = "msdynmkt_createmode";

	static final String BUSINESS_UNIT = "msdynmkt_owningbusinessunitid";

	/** The documented values of {@code msdynmkt_createmode}. */
	static final Map<CreateMode, String> MODES = Map.of(CreateMode.DRAFT, "Draft", CreateMode.PUBLISH, "Publish");

	private static final UUID EMPTY_GUID = new UUID(0, 0);

	private CreateFromTemplate() {
	}

	/** The action's answer. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(@JsonProperty("msdynmkt_journeyid") @Nullable UUID journeyId,
			@JsonProperty("msdynmkt_isvalid") @Nullable Boolean valid,
			@JsonProperty("msdynmkt_errors") @Nullable String errors) {

		/**
		 * The journey id the answer names; null when it names none (the empty GUID counts
		 * as none). Naming one is not having made it: Microsoft's error example names an
		 * id beside {@code msdynmkt_isvalid: false} (see {@link #created}).
		 */
		@Nullable UUID namedId() {
			return journeyId == null || journeyId.equals(EMPTY_GUID) ? null : journeyId;
		}

	}

	/** One entry of {@code msdynmkt_errors}. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Error(@JsonProperty("ErrorCode") @Nullable String code,
			@JsonProperty("ErrorMessage") @Nullable String message) {
	}

	/**
	 * The action's parameters: the template, the name, the edits (when any), the times
	 * and business unit (when set) and the mode, always said.
	 */
	static Map<String, Object> body(CreateRealtimeJourneyRequest journey, CreateMode mode, List<JsonPathEdit> edits,
			JsonMapper json) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(TEMPLATE_ID, journey.templateId().toString());
		body.put(NAME, journey.name());
		String dictionary = TemplateEdits.dictionary(edits, json);
		if (dictionary != null) {
			body.put(MODIFICATIONS, dictionary);
		}
		putIfSet(body, START, wireTime(journey.startsAt()));
		putIfSet(body, END, wireTime(journey.endsAt()));
		body.put(MODE, MODES.get(mode));
		if (journey.businessUnitId() != null) {
			body.put(BUSINESS_UNIT, journey.businessUnitId().toString());
		}
		return body;
	}

	/**
	 * {@code msdynmkt_errors} read; an answer that has none lists none.
	 * @throws org.springframework.web.ErrorResponseException 502 when the list is not the
	 * documented JSON array
	 */
	static List<Error> errors(Answer answer, JsonMapper json) {
		if (answer.errors() == null || answer.errors().isBlank()) {
			return List.of();
		}
		try {
			List<Error> errors = json.readValue(answer.errors(), new TypeReference<List<Error>>() {
			});
			return errors == null ? List.of() : errors.stream().filter(e -> e != null).toList();
		}
		catch (JacksonException e) {
			throw ProblemType.DATAVERSE_BAD_RESPONSE
				.exception("Dataverse's answer to the create listed its errors in a form this service cannot read.");
		}
	}

	/**
	 * The answer as the API's report: VALID without errors, else ERROR with an issue per
	 * error (its code as the fault, a sentence, Dataverse's own message as the argument).
	 */
	static ValidationReport report(Answer answer, List<Error> errors) {
		List<ValidationIssue> issues = new ArrayList<>();
		for (Error error : errors) {
			issues.add(new ValidationIssue(null, error.code(), IssueSeverity.ERROR,
					CreateErrorMessages.describe(error.code()),
					error.message() == null || error.message().isBlank() ? List.of() : List.of(error.message())));
		}
		if (issues.isEmpty() && Boolean.FALSE.equals(answer.valid())) {
			issues.add(new ValidationIssue(null, null, IssueSeverity.ERROR,
					"Dataverse reported the journey as not valid without saying why.", List.of()));
		}
		return new ValidationReport(issues.isEmpty() ? ValidationOutcome.VALID : ValidationOutcome.ERROR, issues);
	}

	/**
	 * The journey the action made, if its answer says one was made: an id, and in Publish
	 * mode a journey that passed every check ("If there are any validation errors, the
	 * journey isn't created"), in Draft mode no error that keeps a journey from being
	 * made at all ({@link CreateErrorMessages#PREVENTS_CREATE}). Draft mode ignores only
	 * some errors and the page does not list which, so the caller still reads the id
	 * back.
	 */
	static @Nullable UUID created(Answer answer, CreateMode mode, List<Error> errors) {
		UUID id = answer.namedId();
		if (id == null) {
			return null;
		}
		if (mode == CreateMode.PUBLISH && (Boolean.FALSE.equals(answer.valid()) || !errors.isEmpty())) {
			return null;
		}
		boolean prevented = errors.stream().anyMatch(e -> CreateErrorMessages.PREVENTS_CREATE.contains(e.code()));
		return prevented ? null : id;
	}

	/**
	 * True when the answer says nothing: no journey, no error, and not that the journey
	 * is invalid — no answer the page describes.
	 */
	static boolean saysNothing(Answer answer, List<Error> errors) {
		return answer.namedId() == null && errors.isEmpty() && !Boolean.FALSE.equals(answer.valid());
	}

	static boolean nameTaken(List<Error> errors) {
		return errors.stream().anyMatch(e -> CreateErrorMessages.DUPLICATE_JOURNEY_NAME.equals(e.code()));
	}

	/** A time as Microsoft's examples write it: UTC, to the second. */
	private static @Nullable String wireTime(@Nullable OffsetDateTime time) {
		return time == null ? null : DateTimeFormatter.ISO_INSTANT.format(time.toInstant());
	}

	private static void putIfSet(Map<String, Object> body, String key, @Nullable Object value) {
		if (value != null) {
			body.put(key, value);
		}
	}

}

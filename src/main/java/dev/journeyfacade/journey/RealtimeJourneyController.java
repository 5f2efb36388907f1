package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The real-time journey resource: {@code /api/v1/realtime-journeys}, a sibling of the
 * outbound journeys with the same vocabulary, paging and problems (ADR 11). Only what
 * Microsoft documents is built: list, read, create from a template (as a draft, or
 * published at once), delete a draft.
 */
@Tag(name = "Real-time journeys", description = """
		Real-time journeys of Customer Insights – Journeys and their templates: list, read, create from a template \
		(as a draft or published at once) and delete drafts. Changing a journey's definition, publishing an existing \
		journey and stopping one are not offered: Microsoft does not document how (the definition's format and the \
		parameters of its publish action are unpublished). Where the Dataverse environment has no real-time journeys \
		(Dataverse does not know their table or action), every endpoint of this tag answers 503 \
		`realtime-journeys-unavailable`; where this deployment does not serve real-time journeys \
		(journey.realtime.enabled=false), 501 `journey-backend-disabled`.""")
@RestController
@RequestMapping(path = RealtimeJourneyController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
class RealtimeJourneyController {

	static final String PATH = JourneyPaths.REALTIME_JOURNEYS;

	/**
	 * The body Swagger UI offers for a create: Microsoft's example template and the ids
	 * of its example, which the local emulator seeds (live segment, messages ready to
	 * send), so the journey it creates passes every check. Names are unique: change the
	 * name for every try.
	 */
	static final String NEW_JOURNEY_EXAMPLE = "{\"templateId\": \"" + RealtimeJourneyDocs.TEMPLATE_EXAMPLE
			+ "\", \"name\": \"Welcome series (API)\",\n" + RealtimeJourneyDocs.EXAMPLE_CHOICES;

	/** The same journey to publish at once, under a name of its own. */
	static final String PUBLISHED_JOURNEY_EXAMPLE = "{\"templateId\": \"" + RealtimeJourneyDocs.TEMPLATE_EXAMPLE
			+ "\", \"name\": \"Welcome series (API, published)\",\n" + RealtimeJourneyDocs.EXAMPLE_CHOICES;

	private static final String CREATE_RULES = """
			The journey is made by Dataverse from the template: its audience, exclusion and suppression segments \
			and the message of each action named in the body replace the template's; everything else stays as the \
			template has it. Names are unique: a name in use answers 409 `journey-name-taken`. Safe to retry with the \
			same `Idempotency-Key` header: a repeat of a create that succeeded answers 200 with the journey it made \
			(never a second one, never a 409), also on another instance of this service; see ADR 12 for how it is \
			recognised and where that ends (a journey renamed or changed since is no longer recognised).""";

	private final RealtimeJourneyService service;

	@GetMapping
	@Operation(operationId = "listRealtimeJourneys", summary = "List real-time journeys",
			description = "A page of real-time journey summaries, filtered and sorted as the journey list is. Follow "
					+ "`nextPageToken` for the next page; a token carries the filters and order of the first page.")
	@ApiResponse(responseCode = "200", description = "A page of real-time journeys.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is invalid, or the page token was not issued by this service.")
	RealtimeJourneyPage listRealtimeJourneys(
			@Parameter(description = JourneyDocs.STATUS_FILTER) @RequestParam(name = "status",
					required = false) @Nullable List<@NotUnknown RealtimeJourneyStatus> status,
			// No example on q: Swagger UI would prefill it in "Try it out" and filter the
			// list.
			@Parameter(description = JourneyDocs.NAME_FILTER + "e.g. `welcome`.") @RequestParam(name = "q",
					required = false) @Size(max = JourneyLimits.QUERY_MAX) @Nullable String q,
			@Parameter(description = JourneyDocs.ORDER_BY, example = JourneyDocs.ORDER_BY_EXAMPLE,
					schema = @Schema(defaultValue = JourneyQuery.DEFAULT_ORDER,
							pattern = "^" + JourneyQuery.ORDER_PATTERN + "$")) @RequestParam(name = "orderBy",
									defaultValue = JourneyQuery.DEFAULT_ORDER) @Pattern(
											regexp = JourneyQuery.ORDER_PATTERN,
											message = JourneyQuery.ORDER_MESSAGE) String orderBy,
			@Parameter(description = JourneyDocs.PAGE_SIZE, example = JourneyLimits.PAGE_SIZE_DEFAULT) @RequestParam(
					name = "pageSize",
					defaultValue = JourneyLimits.PAGE_SIZE_DEFAULT) @Min(JourneyLimits.PAGE_SIZE_MIN) @Max(JourneyLimits.PAGE_SIZE_MAX) int pageSize,
			@Parameter(description = JourneyDocs.PAGE_TOKEN) @RequestParam(name = "pageToken",
					required = false) @Size(max = JourneyLimits.PAGE_TOKEN_MAX) @Nullable String pageToken) {
		return service.list(RealtimeJourneyQuery.of(status, q, orderBy, pageSize, pageToken));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getRealtimeJourney", summary = "Read a real-time journey",
			description = "The journey with its template, whom it addresses and what it sends. The `ETag` header "
					+ "holds its version. Send it back as `If-None-Match` to revalidate a copy you keep: 304 without "
					+ "a body while the journey has not changed (Dataverse is asked the same way, so an unchanged "
					+ "journey is not sent again).")
	@ApiResponse(responseCode = "200", description = "The journey.",
			headers = {
					@Header(name = "ETag", description = "Version of the journey, for If-Match and If-None-Match.",
							schema = @Schema(type = "string")),
					@Header(name = "Cache-Control", description = JourneyController.CACHE_CONTROL_DESCRIPTION,
							schema = @Schema(type = "string", example = "no-cache, private")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the version If-None-Match names is current.",
			headers = {
					@Header(name = "ETag", description = "Version of the journey.", schema = @Schema(type = "string")),
					@Header(name = "Cache-Control", description = JourneyController.CACHE_CONTROL_DESCRIPTION,
							schema = @Schema(type = "string", example = "no-cache, private")) },
			content = @Content)
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No real-time journey has this id.")
	ResponseEntity<RealtimeJourney> getRealtimeJourney(@RealtimeIdParameter @PathVariable("id") String id,
			@Parameter(in = ParameterIn.HEADER,
					description = JourneyController.IF_NONE_MATCH_DESCRIPTION) @RequestHeader(name = "If-None-Match",
							required = false) @Nullable String ifNoneMatch) {
		JourneyRead<RealtimeJourney> read = service.get(JourneyIds.parse(id), ifNoneMatch);
		if (read.notModified()) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(read.etag())
				.cacheControl(JourneyController.REVALIDATE)
				.build();
		}
		RealtimeJourney journey = read.journey();
		return withEtag(ResponseEntity.ok().cacheControl(JourneyController.REVALIDATE), journey.etag()).body(journey);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createRealtimeJourney", summary = "Create a real-time journey from a template (draft)",
			description = "Creates a journey in status DRAFT. Dataverse checks it and creates the draft even with "
					+ "issues (messages that are not ready to send are not an issue for a draft); the answer's "
					+ "`validation` lists them. A request Dataverse cannot make a journey of (an unknown template, "
					+ "say) answers 422 `journey-not-created`. " + CREATE_RULES,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The new journey.",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CreateRealtimeJourneyRequest.class),
							examples = @ExampleObject(name = "from Microsoft's example template",
									value = NEW_JOURNEY_EXAMPLE))))
	@CreateResponses
	@ApiResponse(responseCode = "422",
			description = "Dataverse cannot make a journey of this request; `validation` says why. Nothing was created.")
	ResponseEntity<RealtimeJourneyCreation> createRealtimeJourney(
			@IdempotencyKeyParameter @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1,
					max = JourneyLimits.IDEMPOTENCY_KEY_MAX) @Nullable String idempotencyKey,
			@RequestBody CreateRealtimeJourneyRequest request) {
		return created(service.create(request, CreateMode.DRAFT, idempotencyKey));
	}

	@PostMapping(path = "/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createAndPublishRealtimeJourney",
			summary = "Create a real-time journey from a template and publish it",
			description = "Creates the journey and publishes it at once: it answers with status PUBLISHING (or a "
					+ "later one) and starts as its times say. Dataverse creates it only when it passes every check "
					+ "(its segments live, its messages ready to send); otherwise nothing is created and the answer "
					+ "is 422 `journey-not-created` with every issue in `validation`. " + CREATE_RULES,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The new journey.",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CreateRealtimeJourneyRequest.class),
							examples = @ExampleObject(name = "from Microsoft's example template",
									value = PUBLISHED_JOURNEY_EXAMPLE))))
	@CreateResponses
	@ApiResponse(responseCode = "422", description = "The journey fails Dataverse's checks (or cannot be made); "
			+ "`validation` lists every issue. Nothing was created.")
	ResponseEntity<RealtimeJourneyCreation> createAndPublishRealtimeJourney(
			@IdempotencyKeyParameter @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1,
					max = JourneyLimits.IDEMPOTENCY_KEY_MAX) @Nullable String idempotencyKey,
			@RequestBody CreateRealtimeJourneyRequest request) {
		return created(service.create(request, CreateMode.PUBLISH, idempotencyKey));
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteRealtimeJourney", summary = "Delete a draft real-time journey",
			description = "Deletes a journey in status DRAFT. Other statuses answer 409: Microsoft documents no rule "
					+ "for deleting them, so this service does not.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No real-time journey has this id.")
	@ApiResponse(responseCode = "409", description = "The journey is not a draft.")
	@ApiResponse(responseCode = "412", description = "If-Match does not match the journey's current version.")
	ResponseEntity<Void> deleteRealtimeJourney(@RealtimeIdParameter @PathVariable("id") String id,
			@Parameter(name = "If-Match", in = ParameterIn.HEADER,
					description = "ETag of the version you read; the call fails with 412 when the journey has changed "
							+ "since. Absent: whatever version is current.") @RequestHeader(name = "If-Match",
									required = false) @Nullable String ifMatch) {
		service.delete(JourneyIds.parse(id), ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<RealtimeJourneyCreation> created(CreatedRealtimeJourney outcome) {
		RealtimeJourney journey = outcome.answer().journey();
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(PATH + "/{id}")
			.buildAndExpand(journey.id())
			.toUri();
		ResponseEntity.BodyBuilder builder = outcome.created() ? ResponseEntity.created(location)
				: ResponseEntity.ok().location(location);
		return withEtag(builder, journey.etag()).body(outcome.answer());
	}

	private static ResponseEntity.BodyBuilder withEtag(ResponseEntity.BodyBuilder builder, @Nullable String etag) {
		return etag == null ? builder : builder.eTag(etag);
	}

	/** The real-time journey id path parameter, documented once. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	@Parameter(name = "id", in = ParameterIn.PATH, description = RealtimeJourneyDocs.ID,
			example = RealtimeJourneyDocs.ID_EXAMPLE, schema = @Schema(type = "string", format = "uuid"))
	@interface RealtimeIdParameter {

	}

	/** The Idempotency-Key header of both creates, documented once. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	// No example: Swagger UI would prefill it and reuse one key for every create.
	@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
			description = "Any string up to " + JourneyLimits.IDEMPOTENCY_KEY_MAX
					+ " characters (a fresh UUID is a good choice) that makes the create " + "safe to retry.")
	@interface IdempotencyKeyParameter {

	}

	/** The answers both creates share, documented once. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@ApiResponse(responseCode = "201", description = "Created; `validation` is Dataverse's check of the new journey.",
			headers = {
					@Header(name = "Location", description = "URL of the new journey.",
							schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Version of the journey.",
							schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200",
			description = "Already created by an earlier call with the same Idempotency-Key; `validation` is null.",
			headers = {
					@Header(name = "Location", description = "URL of the journey.", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Version of the journey.",
							schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = "The body is invalid; `errors` lists every bad field.")
	@ApiResponse(responseCode = "409", description = "Another journey has this name (`journey-name-taken`).")
	@interface CreateResponses {

	}

}

package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
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
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** The journey resource: {@code /api/v1/journeys}. */
@Tag(name = "Journeys", description = "Outbound-marketing customer journeys: list, read, create, change, publish, "
		+ "stop, check and copy. Where the Dataverse environment has no outbound marketing (Microsoft removed it "
		+ "during 2026), every endpoint of this tag answers 503 `outbound-marketing-unavailable`; where this "
		+ "deployment does not serve outbound journeys (journey.outbound.enabled=false), 501 "
		+ "`journey-backend-disabled`.")
@RestController
@RequestMapping(path = JourneyPaths.JOURNEYS, produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
class JourneyController {

	static final String MERGE_PATCH_JSON = "application/merge-patch+json";

	/**
	 * The body Swagger UI offers for a create: without an id (a fixed one would make
	 * every "Try it out" after the first a repeat), with references that exist in the
	 * local emulator, and with the small design of Microsoft's sample (segment
	 * TC407937_DynamicSegment_2KZQ1p, then the email "Relationship test"), so the journey
	 * it creates can be published as it is.
	 */
	static final String NEW_JOURNEY_EXAMPLE = """
			{"name": "Spring newsletter", "type": "AUTOMATED", "target": "CONTACT", "requiredConsent": "CONSENT",
			 "startsAt": "2030-02-09T11:29:00Z", "endsAt": "2030-03-09T11:29:00Z", "timeZone": 92,
			 "contentSettingsId": "1922b1d8-0523-e911-a9ba-000d3a1e689f",
			 "design": {"tiles": [{"type": "SEGMENT_GROUP", "mergeMethod": "UNION",
			   "segments": [{"segmentId": "24db2671-1529-e911-a9b7-000d3a1e6adc", "containment": "INCLUDE",
			                 "name": "TC407937_DynamicSegment_2KZQ1p", "dciSegmentName": "TC407937_DynamicSegment_2KZQ1p"}],
			   "next": [{"type": "EMAIL", "emailId": "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14", "name": "Relationship test"}]}]}}""";

	/**
	 * An update that replaces the design: a segment group sending two emails one after
	 * the other.
	 */
	static final String NEW_DESIGN_PATCH_EXAMPLE = """
			{"design": {"tiles": [{"type": "SEGMENT_GROUP", "mergeMethod": "UNION",
			   "segments": [{"segmentId": "24db2671-1529-e911-a9b7-000d3a1e6adc", "containment": "INCLUDE",
			                 "name": "TC407937_DynamicSegment_2KZQ1p", "dciSegmentName": "TC407937_DynamicSegment_2KZQ1p"}],
			   "next": [{"type": "EMAIL", "emailId": "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14", "name": "Relationship test",
			             "next": [{"type": "SCHEDULER"}]}]}]}}""";

	static final String RENAME_PATCH_EXAMPLE = "{\"name\": \"Spring newsletter 2\", \"recurrence\": null}";

	/**
	 * A journey read may be kept by the caller's own cache (never a shared one) and must
	 * be revalidated before each use (RFC 9111 §5.2.2): its ETag makes that cheap.
	 */
	static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

	/** A journey read's If-None-Match, the same for both backends. */
	static final String IF_NONE_MATCH_DESCRIPTION = "ETag of the copy you hold (or several, comma-separated); the "
			+ "answer is 304 without a body while the journey is at that version. Example: `W/\"1234567\"`.";

	static final String CACHE_CONTROL_DESCRIPTION = "The caller's own cache may keep the journey but must revalidate "
			+ "it (If-None-Match) before each use; no shared cache may keep it.";

	private final JourneyService service;

	@GetMapping
	@Operation(operationId = "listJourneys", summary = "List journeys",
			description = "A page of journey summaries (never the design), filtered and sorted. Follow "
					+ "`nextPageToken` for the next page; a token carries the filters and order of the first page.")
	@ApiResponse(responseCode = "200", description = "A page of journeys.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is invalid, or the page token was not issued by this service.")
	JourneyPage listJourneys(
			@Parameter(description = JourneyDocs.STATUS_FILTER) @RequestParam(name = "status",
					required = false) @Nullable List<@NotUnknown JourneyStatus> status,
			// No examples on q, Idempotency-Key and If-Match: Swagger UI would prefill
			// them in "Try it out",
			// filtering the list, reusing one key for every create, or sending a stale
			// version.
			@Parameter(description = JourneyDocs.NAME_FILTER + "e.g. `newsletter`.") @RequestParam(name = "q",
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
		return service.list(JourneyQuery.of(status, q, orderBy, pageSize, pageToken));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getJourney", summary = "Read a journey",
			description = "The journey with all its settings and its design. The `ETag` header holds its version. "
					+ "Send it back as `If-None-Match` to revalidate a copy you keep: 304 without a body while the "
					+ "journey has not changed (Dataverse is asked the same way, so an unchanged journey is not "
					+ "sent again).")
	@ApiResponse(responseCode = "200", description = "The journey.",
			headers = {
					@Header(name = "ETag", description = "Version of the journey, for If-Match and If-None-Match.",
							schema = @Schema(type = "string")),
					@Header(name = "Cache-Control", description = CACHE_CONTROL_DESCRIPTION,
							schema = @Schema(type = "string", example = "no-cache, private")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the version If-None-Match names is current.",
			headers = {
					@Header(name = "ETag", description = "Version of the journey.", schema = @Schema(type = "string")),
					@Header(name = "Cache-Control", description = CACHE_CONTROL_DESCRIPTION,
							schema = @Schema(type = "string", example = "no-cache, private")) },
			content = @Content)
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No journey has this id.")
	ResponseEntity<Journey> getJourney(@IdParameter @PathVariable("id") String id,
			@Parameter(in = ParameterIn.HEADER, description = IF_NONE_MATCH_DESCRIPTION) @RequestHeader(
					name = "If-None-Match", required = false) @Nullable String ifNoneMatch) {
		JourneyRead<Journey> read = service.get(JourneyIds.parse(id), ifNoneMatch);
		if (read.notModified()) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(read.etag()).cacheControl(REVALIDATE).build();
		}
		Journey journey = read.journey();
		return withEtag(ResponseEntity.ok().cacheControl(REVALIDATE), journey).body(journey);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createJourney", summary = "Create a draft journey", description = """
			Creates a journey in status DRAFT; only `name` is required. The design comes as a tree of tiles \
			in `design` (the facade writes Dataverse's workflow definition and assigns every id); experts may \
			send the raw pair `workflowDefinition` + `designerState` instead, never both. A design is checked \
			before Dataverse sees it: a 400 names the tile and the reason. Safe to retry: with the same \
			`Idempotency-Key` header (or the same client-chosen `id` in the body) a repeated create never \
			makes a second journey. The first call answers 201; a repeat answers 200 with the journey as it \
			is now and the same `Location`. A key (or id) reused with a different name answers 409.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The new journey.",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CreateJourneyRequest.class),
							examples = @ExampleObject(name = "a draft with its settings",
									value = NEW_JOURNEY_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created.", headers = {
			@Header(name = "Location", description = "URL of the new journey.", schema = @Schema(type = "string")),
			@Header(name = "ETag", description = "Version of the journey.", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200", description = "Already created by an earlier call with the same key or id.",
			headers = {
					@Header(name = "Location", description = "URL of the journey.", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Version of the journey.",
							schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = "The body is invalid; `errors` lists every bad field.")
	@ApiResponse(responseCode = "409", description = "The Idempotency-Key or id was already used for another journey.")
	ResponseEntity<Journey> createJourney(@Parameter(in = ParameterIn.HEADER, description = "Any string up to "
			+ JourneyLimits.IDEMPOTENCY_KEY_MAX + " characters (a fresh UUID is a good "
			+ "choice) that makes the create safe to retry. Ignored when the body carries an `id`.") @RequestHeader(
					name = "Idempotency-Key", required = false) @Size(min = 1,
							max = JourneyLimits.IDEMPOTENCY_KEY_MAX) @Nullable String idempotencyKey,
			@RequestBody CreateJourneyRequest request) {
		CreatedJourney outcome = service.create(request, idempotencyKey);
		return created(outcome);
	}

	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE })
	@Operation(operationId = "updateJourney", summary = "Change a journey", description = """
			A partial update as a JSON merge patch (RFC 7396): absent fields stay unchanged, null clears a \
			field. A `design` replaces the whole design; the stored designer state is carried on so ids are \
			never reused. Send either `design` or the raw pair, not both; a design is checked before \
			Dataverse sees it. Send `If-Match` with the ETag you read to change only that version (412 when it is \
			stale). LIVE, GOING_LIVE, STOPPING and EXPIRED journeys are locked (409); the status changes \
			only through publish and stop.""", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
			required = true, description = "The fields to change.",
			content = { @Content(mediaType = MERGE_PATCH_JSON,
					schema = @Schema(implementation = UpdateJourneyRequest.class),
					examples = { @ExampleObject(name = "rename and stop recurring", value = RENAME_PATCH_EXAMPLE),
							@ExampleObject(name = "replace the design", value = NEW_DESIGN_PATCH_EXAMPLE) }),
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = UpdateJourneyRequest.class),
							examples = {
									@ExampleObject(name = "rename and stop recurring", value = RENAME_PATCH_EXAMPLE),
									@ExampleObject(name = "replace the design", value = NEW_DESIGN_PATCH_EXAMPLE) }) }))
	@ApiResponse(responseCode = "200", description = "The journey after the change.",
			headers = @Header(name = "ETag", description = "New version of the journey.",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "The id or the body is invalid; `errors` lists every bad field.")
	@ApiResponse(responseCode = "404", description = "No journey has this id.")
	@ApiResponse(responseCode = "409", description = "The journey's status does not allow changes.")
	@ApiResponse(responseCode = "412", description = "If-Match does not match the journey's current version.")
	ResponseEntity<Journey> updateJourney(@IdParameter @PathVariable("id") String id,
			@IfMatchParameter @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody JsonNode patch) {
		Journey journey = service.update(JourneyIds.parse(id), patch, ifMatch);
		return withEtag(ResponseEntity.ok(), journey).body(journey);
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteJourney", summary = "Delete a journey",
			description = "Deletes a journey that is not running: LIVE, LIVE_EDITABLE, GOING_LIVE and STOPPING "
					+ "journeys are refused with 409 (stop them first).")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No journey has this id.")
	@ApiResponse(responseCode = "409", description = "The journey's status does not allow deleting it.")
	@ApiResponse(responseCode = "412", description = "If-Match does not match the journey's current version.")
	ResponseEntity<Void> deleteJourney(@IdParameter @PathVariable("id") String id,
			@IfMatchParameter @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		service.delete(JourneyIds.parse(id), ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/publish")
	@Operation(operationId = "publishJourney", summary = "Publish (go live)",
			description = "Asks Dataverse to publish the journey: it answers at once with status GOING_LIVE; "
					+ "outbound marketing's own services then take it LIVE (or ERROR). Microsoft has removed those "
					+ "services during 2026: in an environment where they are gone, the journey stays GOING_LIVE. "
					+ "Allowed from DRAFT, STOPPED, ERROR, LIVE and LIVE_EDITABLE, as in Dataverse's transition "
					+ "table; other statuses answer 409.")
	@ApiResponse(responseCode = "202", description = "Publishing has started; the journey has status GOING_LIVE.")
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No journey has this id.")
	@ApiResponse(responseCode = "409",
			description = "The journey's status does not allow publishing; the problem names the statuses that do.")
	@ApiResponse(responseCode = "412", description = "If-Match does not match the journey's current version.")
	ResponseEntity<Journey> publishJourney(@IdParameter @PathVariable("id") String id,
			@IfMatchParameter @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Journey journey = service.publish(JourneyIds.parse(id), ifMatch);
		return withEtag(ResponseEntity.status(HttpStatus.ACCEPTED), journey).body(journey);
	}

	@PostMapping("/{id}/stop")
	@Operation(operationId = "stopJourney", summary = "Stop",
			description = "Asks Dataverse to stop the journey: it answers at once with status STOPPING and becomes "
					+ "STOPPED shortly after. Allowed from LIVE and ERROR, as in Dataverse's transition table (a "
					+ "LIVE_EDITABLE journey must be published again first); other statuses answer 409.")
	@ApiResponse(responseCode = "202", description = "Stopping has started; the journey has status STOPPING.")
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No journey has this id.")
	@ApiResponse(responseCode = "409",
			description = "The journey's status does not allow stopping; the problem names the statuses that do.")
	@ApiResponse(responseCode = "412", description = "If-Match does not match the journey's current version.")
	ResponseEntity<Journey> stopJourney(@IdParameter @PathVariable("id") String id,
			@IfMatchParameter @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Journey journey = service.stop(JourneyIds.parse(id), ifMatch);
		return withEtag(ResponseEntity.status(HttpStatus.ACCEPTED), journey).body(journey);
	}

	@PostMapping("/{id}/validate")
	@Operation(operationId = "validateJourney", summary = "Check a journey for errors",
			description = "Runs Dataverse's \"check for errors\" on the stored journey and reports every issue "
					+ "found, with a readable message.")
	@ApiResponse(responseCode = "200", description = "The report (also when the journey has errors).")
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No journey has this id.")
	ValidationReport validateJourney(@IdParameter @PathVariable("id") String id) {
		return service.validate(JourneyIds.parse(id));
	}

	@PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "validateJourneyDraft", summary = "Check an unsaved journey for errors",
			description = "Runs Dataverse's \"check for errors\" on a journey that is not saved (the body of a "
					+ "create, with its design checked the same way first), as a draft. Nothing is stored.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The unsaved journey.",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CreateJourneyRequest.class),
							examples = @ExampleObject(name = "a draft with its settings",
									value = NEW_JOURNEY_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The report (also when the journey has errors).")
	@ApiResponse(responseCode = "400", description = "The body is invalid; `errors` lists every bad field.")
	ValidationReport validateJourneyDraft(@RequestBody CreateJourneyRequest draft) {
		return service.validateDraft(draft);
	}

	@PostMapping("/{id}/copy")
	@Operation(operationId = "copyJourney", summary = "Copy a journey",
			description = "A new DRAFT named \"Copy of …\" with the source's settings, owner and design: the "
					+ "workflow definition and designer state are carried as stored, so the copy's design (ids "
					+ "included) equals the source's. Safe to retry with the same `Idempotency-Key`.")
	@ApiResponse(responseCode = "201", description = "The copy.",
			headers = { @Header(name = "Location", description = "URL of the copy.", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Version of the copy.", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "200", description = "Already copied by an earlier call with the same key.")
	@ApiResponse(responseCode = "400", description = "The id is not a GUID.")
	@ApiResponse(responseCode = "404", description = "No journey has this id.")
	ResponseEntity<Journey> copyJourney(@IdParameter @PathVariable("id") String id,
			@Parameter(in = ParameterIn.HEADER, description = "Any string up to " + JourneyLimits.IDEMPOTENCY_KEY_MAX
					+ " characters that makes the copy " + "safe to retry (per source journey).") @RequestHeader(
							name = "Idempotency-Key", required = false) @Size(min = 1,
									max = JourneyLimits.IDEMPOTENCY_KEY_MAX) @Nullable String idempotencyKey) {
		return created(service.copy(JourneyIds.parse(id), idempotencyKey));
	}

	private static ResponseEntity<Journey> created(CreatedJourney outcome) {
		Journey journey = outcome.journey();
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(JourneyPaths.JOURNEYS + "/{id}")
			.buildAndExpand(journey.id())
			.toUri();
		ResponseEntity.BodyBuilder builder = outcome.created() ? ResponseEntity.created(location)
				: ResponseEntity.ok().location(location);
		return withEtag(builder, journey).body(journey);
	}

	private static ResponseEntity.BodyBuilder withEtag(ResponseEntity.BodyBuilder builder, Journey journey) {
		return journey.etag() == null ? builder : builder.eTag(journey.etag());
	}

	/** The journey id path parameter, documented once. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	@Parameter(name = "id", in = ParameterIn.PATH, description = "Journey id (a GUID).",
			example = JourneyDocs.ID_EXAMPLE, schema = @Schema(type = "string", format = "uuid"))
	@interface IdParameter {

	}

	/** The optional If-Match header, documented once. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	@Parameter(name = "If-Match", in = ParameterIn.HEADER,
			description = "ETag of the version you read; the "
					+ "call fails with 412 when the journey has changed since. Absent: whatever version is current. "
					+ "Example: `W/\"1234567\"`.")
	@interface IfMatchParameter {

	}

}

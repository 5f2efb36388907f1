package dev.dataverseemulator.api;

import dev.dataverseemulator.entity.Entities;
import dev.dataverseemulator.entity.EntityDefinition;
import dev.dataverseemulator.entity.EntityService;
import dev.dataverseemulator.entity.OutboundMarketing;
import dev.dataverseemulator.entity.StoredRecord;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.odata.QueryEngine;
import dev.dataverseemulator.odata.QueryOptions;
import dev.dataverseemulator.realtime.CreateJourneyFromTemplate;
import dev.dataverseemulator.security.Access;
import dev.dataverseemulator.security.CallContext;
import dev.dataverseemulator.security.SecurityService;
import dev.dataverseemulator.throttling.ThrottlingGate;
import dev.dataverseemulator.validation.JourneyValidator;
import dev.dataverseemulator.validation.ValidateRequest;
import dev.dataverseemulator.validation.ValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Dataverse Web API routes the facade uses, under
 * {@code /api/data/{v9.0|v9.1|v9.2}/}: entity sets (list, retrieve, create, upsert,
 * delete), the {@code msdyncrm_CustomerJourneyValidate} and
 * {@code msdynmkt_CreateJourneyFromTemplate} actions and {@code WhoAmI()}. Resource
 * segments are parsed here because a key sits inside the segment:
 * {@code msdyncrm_customerjourneys(<guid>)}. Every call acts as the user its
 * impersonation headers name (else the application user); what Dataverse serves and the
 * emulator does not ({@code /$count}, navigation paths, {@code $batch},
 * {@code $metadata}, {@code $expand} …) answers 501.
 */
@RestController
@RequestMapping("/api/data/{version}")
class DataverseController {

	private static final String WHO_AM_I = "WhoAmI";

	private static final String ORGANIZATION_ID = "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b";

	private final EntityService entities;

	private final JourneyValidator validator;

	private final CreateJourneyFromTemplate createFromTemplate;

	private final SecurityService security;

	private final OutboundMarketing outbound;

	private final ThrottlingGate gate;

	private final JsonMapper json;

	private final DataverseResponses responses;

	DataverseController(EntityService entities, JourneyValidator validator,
			CreateJourneyFromTemplate createFromTemplate, SecurityService security, OutboundMarketing outbound,
			ThrottlingGate gate, JsonMapper json, DataverseResponses responses) {
		this.entities = entities;
		this.validator = validator;
		this.createFromTemplate = createFromTemplate;
		this.security = security;
		this.outbound = outbound;
		this.gate = gate;
		this.json = json;
		this.responses = responses;
	}

	@GetMapping("/{segment}")
	ResponseEntity<byte[]> get(@PathVariable String version, @PathVariable String segment,
			@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		CallContext caller = caller(request);
		ODataRequest odata = ODataRequest.of(version, segment, request);
		if (odata.name().equals(WHO_AM_I) && odata.key() == null) {
			return whoAmI(odata, caller);
		}
		refuseServiceDocuments(odata);
		EntityDefinition entity = entitySet(odata);
		if (odata.key() == null) {
			return list(entity, odata, request, caller);
		}
		QueryOptions.checkSingleRecord(request.getParameterMap());
		List<String> select = QueryOptions.parseSelect(request.getParameter("$select"), entity);
		StoredRecord record = entities.retrieve(entity, odata.key(), caller);
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(record.etag());
		// Dataverse never answers 304 to a read that asks for annotations: they may
		// differ while the row has not
		if (ifNoneMatch != null && !odata.prefer().annotations().any() && EntityService.matches(ifNoneMatch, record)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		applied(odata, headers, false);
		if (ifNoneMatch != null) {
			responses.write(response, HttpStatus.OK, single(entity, record, select, odata), headers);
			return null; // answered: Spring MVC must not make a 304 of it
		}
		return responses.body(HttpStatus.OK, single(entity, record, select, odata), headers);
	}

	@PostMapping("/{segment}")
	ResponseEntity<byte[]> post(@PathVariable String version, @PathVariable String segment,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		CallContext caller = caller(request);
		ODataRequest odata = ODataRequest.of(version, segment, request);
		if (odata.key() == null && odata.name().equals(ValidateRequest.ACTION)) {
			outbound.requirePresent(odata.name());
			caller.require(Access.READ, Entities.JOURNEYS.logicalName(), null);
			return validate(odata, parse(body));
		}
		if (odata.key() == null && odata.name().equals(CreateJourneyFromTemplate.ACTION)) {
			return createFromTemplate(odata, parse(body), caller);
		}
		refuseServiceDocuments(odata);
		EntityDefinition entity = entitySet(odata);
		if (odata.key() != null) {
			throw DataverseError.of(HttpStatus.METHOD_NOT_ALLOWED, DataverseError.QUERY_ERROR,
					"POST is not supported on a single record; use PATCH to update it.");
		}
		refuseActionOnlyCreates(entity, "POST");
		List<String> select = QueryOptions.parseSelect(request.getParameter("$select"), entity);
		StoredRecord created = entities.create(entity, parse(body), caller);
		HttpHeaders headers = new HttpHeaders();
		if (representation(odata)) {
			headers.setETag(created.etag());
			applied(odata, headers, true);
			return responses.body(HttpStatus.CREATED, single(entity, created, select, odata), headers);
		}
		headers.add("OData-EntityId", odata.entityId(entity, created.id()));
		return responses.noContent(headers);
	}

	@PatchMapping("/{segment}")
	ResponseEntity<byte[]> patch(@PathVariable String version, @PathVariable String segment,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		CallContext caller = caller(request);
		ODataRequest odata = ODataRequest.of(version, segment, request);
		EntityDefinition entity = entitySet(odata);
		UUID id = requireKey(odata);
		refuseActionOnlyCreates(entity, "PATCH");
		List<String> select = QueryOptions.parseSelect(request.getParameter("$select"), entity);
		EntityService.WriteResult result = entities.upsert(entity, id, parse(body), ifMatch, ifNoneMatch, caller);
		HttpHeaders headers = new HttpHeaders();
		if (representation(odata)) {
			headers.setETag(result.record().etag());
			applied(odata, headers, true);
			HttpStatus status = result.created() ? HttpStatus.CREATED : HttpStatus.OK;
			return responses.body(status, single(entity, result.record(), select, odata), headers);
		}
		headers.add("OData-EntityId", odata.entityId(entity, id));
		return responses.noContent(headers);
	}

	@DeleteMapping("/{segment}")
	ResponseEntity<byte[]> delete(@PathVariable String version, @PathVariable String segment,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request) {
		CallContext caller = caller(request);
		ODataRequest odata = ODataRequest.of(version, segment, request);
		EntityDefinition entity = entitySet(odata);
		entities.delete(entity, requireKey(odata), ifMatch, caller);
		return responses.noContent(new HttpHeaders());
	}

	/**
	 * {@code set/$count}, {@code set(id)/navigation}, {@code set(id)/attribute/$value} …:
	 * any method.
	 */
	@RequestMapping("/{segment}/{*rest}")
	ResponseEntity<byte[]> deeperPath(@PathVariable String version, @PathVariable String segment,
			@PathVariable String rest, HttpServletRequest request) {
		if (rest.isEmpty() || rest.equals("/")) { // the catch-all also meets the methods
													// the routes above lack
			throw DataverseError.of(HttpStatus.METHOD_NOT_ALLOWED, DataverseError.QUERY_ERROR,
					"The requested resource does not support http method '" + request.getMethod() + "'.");
		}
		caller(request);
		ODataRequest odata = ODataRequest.of(version, segment, request);
		entitySet(odata);
		throw DataverseError
			.notEmulated(rest.equals("/$count") ? "/$count (the emulator counts with $count=true on a list)"
					: "paths below an entity set or record ('" + segment + rest + "')");
	}

	private ResponseEntity<byte[]> list(EntityDefinition entity, ODataRequest odata, HttpServletRequest request,
			CallContext caller) {
		QueryOptions query = QueryOptions.parse(request.getParameterMap(), entity);
		Integer asked = odata.prefer().maxPageSize();
		boolean honoured = asked != null && asked >= 1 && asked <= QueryEngine.MAX_PAGE_SIZE; // larger
																								// ones
																								// are
																								// ignored
		int pageSize = honoured ? asked : QueryEngine.MAX_PAGE_SIZE;
		QueryEngine.Page<StoredRecord> page = entities.query(entity, query, pageSize, caller);

		ObjectNode body = json.createObjectNode();
		body.put("@odata.context", odata.context(entity, query.select(), false));
		if (page.count() != null) {
			body.put("@odata.count", page.count());
		}
		var values = body.putArray("value");
		page.rows()
			.forEach(r -> values.add(RecordRenderer.render(json, entity, r, query.select(),
					odata.prefer().annotations(), entities::nameOf)));
		if (page.skipToken() != null) {
			body.put("@odata.nextLink", ODataRequest.nextLink(request, page.skipToken()));
		}
		HttpHeaders headers = new HttpHeaders();
		if (honoured) {
			headers.add("Preference-Applied", "odata.maxpagesize=" + pageSize);
		}
		applied(odata, headers, false);
		return responses.body(HttpStatus.OK, body, headers);
	}

	private ResponseEntity<byte[]> validate(ODataRequest odata, JsonNode body) {
		ValidationResult result = validator.validate(ValidateRequest.parse(body));
		ObjectNode answer = json.createObjectNode();
		answer.put("@odata.context",
				odata.serviceRoot() + "/$metadata#Microsoft.Dynamics.CRM.msdyncrm_CustomerJourneyValidateResponse");
		answer.put("ValidationResult", result.toJsonString(json));
		return responses.body(HttpStatus.OK, answer, new HttpHeaders());
	}

	private ResponseEntity<byte[]> createFromTemplate(ODataRequest odata, JsonNode body, CallContext caller) {
		CreateJourneyFromTemplate.Outcome outcome = createFromTemplate.run(body, caller);
		ObjectNode answer = json.createObjectNode();
		answer.put("@odata.context", odata.serviceRoot() + "/$metadata#Microsoft.Dynamics.CRM."
				+ CreateJourneyFromTemplate.ACTION + "Response");
		answer.put("msdynmkt_journeyid", outcome.journeyId() == null ? null : outcome.journeyId().toString());
		answer.put("msdynmkt_isvalid", outcome.valid());
		answer.put("msdynmkt_errors", outcome.errorsJson(json));
		return responses.body(HttpStatus.OK, answer, new HttpHeaders());
	}

	/**
	 * {@code WhoAmI()} (and {@code WhoAmI}): the user the call acts as, impersonated or
	 * not.
	 */
	private ResponseEntity<byte[]> whoAmI(ODataRequest odata, CallContext caller) {
		ObjectNode answer = json.createObjectNode();
		answer.put("@odata.context", odata.serviceRoot() + "/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse");
		answer.put("BusinessUnitId", caller.businessUnitId().toString());
		answer.put("UserId", caller.userId().toString());
		answer.put("OrganizationId", ORGANIZATION_ID);
		return responses.body(HttpStatus.OK, answer, new HttpHeaders());
	}

	private ObjectNode single(EntityDefinition entity, StoredRecord record, List<String> select, ODataRequest odata) {
		ObjectNode node = json.createObjectNode();
		node.put("@odata.context", odata.context(entity, select, true));
		node.setAll(
				RecordRenderer.render(json, entity, record, select, odata.prefer().annotations(), entities::nameOf));
		return node;
	}

	/**
	 * Whether a write answers with the record: asked for, and not switched off to mimic a
	 * Dataverse ignoring Prefer.
	 */
	private boolean representation(ODataRequest odata) {
		return odata.prefer().returnRepresentation() && !gate.settings().ignoreReturnRepresentation();
	}

	/** {@code Preference-Applied} for the preferences the answer honours. */
	private static void applied(ODataRequest odata, HttpHeaders headers, boolean representation) {
		if (representation) {
			headers.add("Preference-Applied", "return=representation");
		}
		if (odata.prefer().annotations().any()) {
			headers.add("Preference-Applied", "odata.include-annotations=" + odata.prefer().annotations().value());
		}
	}

	private CallContext caller(HttpServletRequest request) {
		return security.resolve(request.getHeader(SecurityService.CALLER_OBJECT_ID),
				request.getHeader(SecurityService.MSCRM_CALLER_ID));
	}

	private JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			return NullNode.getInstance();
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException e) {
			throw DataverseError.badPayload("The request body is not valid JSON: " + e.getOriginalMessage());
		}
	}

	private EntityDefinition entitySet(ODataRequest odata) {
		EntityDefinition entity = Entities.bySet(odata.name())
			.orElseThrow(() -> DataverseError.resourceNotFound(odata.name()));
		if (entity.has(EntityDefinition.Trait.OUTBOUND_MARKETING)) {
			outbound.requirePresent(odata.name());
		}
		if (odata.call()) {
			throw DataverseError
				.badQuery("Bad Request - Error in query syntax: '" + odata.name() + "()' names no record.");
		}
		return entity;
	}

	private static void refuseServiceDocuments(ODataRequest odata) {
		if (odata.name().equals("$metadata") || odata.name().equals("$batch")) {
			throw DataverseError.notEmulated(odata.name());
		}
	}

	private static void refuseActionOnlyCreates(EntityDefinition entity, String method) {
		if (entity.has(EntityDefinition.Trait.CREATED_BY_ACTION)) {
			throw DataverseError.notEmulated(method + " on " + entity.entitySet()
					+ " (the emulator creates them through " + CreateJourneyFromTemplate.ACTION + " only)");
		}
	}

	private static UUID requireKey(ODataRequest odata) {
		if (odata.key() == null) {
			throw DataverseError.of(HttpStatus.METHOD_NOT_ALLOWED, DataverseError.QUERY_ERROR,
					"This method needs a single record: " + odata.name() + "(<guid>).");
		}
		return odata.key();
	}

}

package dev.dataverseemulator.api;

import dev.dataverseemulator.entity.Entities;
import dev.dataverseemulator.entity.EntityDefinition;
import dev.dataverseemulator.entity.EntityService;
import dev.dataverseemulator.entity.SeedData;
import dev.dataverseemulator.entity.StoredRecord;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.odata.QueryEngine;
import dev.dataverseemulator.odata.QueryOptions;
import dev.dataverseemulator.validation.JourneyValidator;
import dev.dataverseemulator.validation.ValidateRequest;
import dev.dataverseemulator.validation.ValidationResult;
import jakarta.servlet.http.HttpServletRequest;
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
 * The Dataverse Web API routes the facade uses, under {@code /api/data/{v9.0|v9.1|v9.2}/}: entity sets
 * (list, retrieve, create, upsert, delete), the {@code msdyncrm_CustomerJourneyValidate} action and
 * {@code WhoAmI}. Resource segments are parsed here because a key sits inside the segment:
 * {@code msdyncrm_customerjourneys(<guid>)}.
 */
@RestController
@RequestMapping("/api/data/{version}")
class DataverseController {

    private final EntityService entities;
    private final JourneyValidator validator;
    private final JsonMapper json;
    private final DataverseResponses responses;

    DataverseController(EntityService entities, JourneyValidator validator, JsonMapper json, DataverseResponses responses) {
        this.entities = entities;
        this.validator = validator;
        this.json = json;
        this.responses = responses;
    }

    @GetMapping("/{segment}")
    ResponseEntity<byte[]> get(@PathVariable String version, @PathVariable String segment,
                               @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                               HttpServletRequest request) {
        ODataRequest odata = ODataRequest.of(version, segment, request);
        if (odata.name().equals("WhoAmI") && odata.key() == null) {
            return whoAmI(odata);
        }
        EntityDefinition entity = entitySet(odata);
        if (odata.key() == null) {
            return list(entity, odata, request);
        }
        List<String> select = QueryOptions.parseSelect(request.getParameter("$select"), entity);
        StoredRecord record = entities.retrieve(entity, odata.key());
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(record.etag());
        if (ifNoneMatch != null && EntityService.matches(ifNoneMatch, record)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        return responses.body(HttpStatus.OK, single(entity, record, select, odata), headers);
    }

    @PostMapping("/{segment}")
    ResponseEntity<byte[]> post(@PathVariable String version, @PathVariable String segment,
                                @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        ODataRequest odata = ODataRequest.of(version, segment, request);
        if (odata.name().equals(ValidateRequest.ACTION) && odata.key() == null) {
            return validate(odata, parse(body));
        }
        EntityDefinition entity = entitySet(odata);
        if (odata.key() != null) {
            throw DataverseError.of(HttpStatus.METHOD_NOT_ALLOWED, DataverseError.QUERY_ERROR,
                    "POST is not supported on a single record; use PATCH to update it.");
        }
        List<String> select = QueryOptions.parseSelect(request.getParameter("$select"), entity);
        StoredRecord created = entities.create(entity, parse(body));
        HttpHeaders headers = new HttpHeaders();
        if (odata.prefer().returnRepresentation()) {
            headers.setETag(created.etag());
            headers.add("Preference-Applied", "return=representation");
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
        ODataRequest odata = ODataRequest.of(version, segment, request);
        EntityDefinition entity = entitySet(odata);
        UUID id = requireKey(odata);
        List<String> select = QueryOptions.parseSelect(request.getParameter("$select"), entity);
        EntityService.WriteResult result = entities.upsert(entity, id, parse(body), ifMatch, ifNoneMatch);
        HttpHeaders headers = new HttpHeaders();
        if (odata.prefer().returnRepresentation()) {
            headers.setETag(result.record().etag());
            headers.add("Preference-Applied", "return=representation");
            HttpStatus status = result.created() ? HttpStatus.CREATED : HttpStatus.OK;
            return responses.body(status, single(entity, result.record(), select, odata), headers);
        }
        headers.add("OData-EntityId", odata.entityId(entity, id));
        return responses.noContent(headers);
    }

    @DeleteMapping("/{segment}")
    ResponseEntity<byte[]> delete(@PathVariable String version, @PathVariable String segment,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  HttpServletRequest request) {
        ODataRequest odata = ODataRequest.of(version, segment, request);
        EntityDefinition entity = entitySet(odata);
        entities.delete(entity, requireKey(odata), ifMatch);
        return responses.noContent(new HttpHeaders());
    }

    private ResponseEntity<byte[]> list(EntityDefinition entity, ODataRequest odata, HttpServletRequest request) {
        QueryOptions query = QueryOptions.parse(request.getParameterMap(), entity);
        Integer asked = odata.prefer().maxPageSize();
        boolean honoured = asked != null && asked >= 1 && asked <= QueryEngine.MAX_PAGE_SIZE; // larger ones are ignored
        int pageSize = honoured ? asked : QueryEngine.MAX_PAGE_SIZE;
        QueryEngine.Page<StoredRecord> page = entities.query(entity, query, pageSize);

        ObjectNode body = json.createObjectNode();
        body.put("@odata.context", odata.context(entity, query.select(), false));
        if (page.count() != null) {
            body.put("@odata.count", page.count());
        }
        var values = body.putArray("value");
        page.rows().forEach(r -> values.add(RecordRenderer.render(json, entity, r, query.select())));
        if (page.skipToken() != null) {
            body.put("@odata.nextLink", ODataRequest.nextLink(request, page.skipToken()));
        }
        HttpHeaders headers = new HttpHeaders();
        if (honoured) {
            headers.add("Preference-Applied", "odata.maxpagesize=" + pageSize);
        }
        return responses.body(HttpStatus.OK, body, headers);
    }

    private ResponseEntity<byte[]> validate(ODataRequest odata, JsonNode body) {
        ValidationResult result = validator.validate(ValidateRequest.parse(body));
        ObjectNode answer = json.createObjectNode();
        answer.put("@odata.context", odata.serviceRoot()
                + "/$metadata#Microsoft.Dynamics.CRM.msdyncrm_CustomerJourneyValidateResponse");
        answer.put("ValidationResult", result.toJsonString(json));
        return responses.body(HttpStatus.OK, answer, new HttpHeaders());
    }

    private ResponseEntity<byte[]> whoAmI(ODataRequest odata) {
        ObjectNode answer = json.createObjectNode();
        answer.put("@odata.context", odata.serviceRoot() + "/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse");
        answer.put("BusinessUnitId", "5f1c4a2e-7d3b-4e9a-8c6f-1a2b3c4d5e6f");
        answer.put("UserId", SeedData.APPLICATION_USER.toString());
        answer.put("OrganizationId", "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b");
        return responses.body(HttpStatus.OK, answer, new HttpHeaders());
    }

    private ObjectNode single(EntityDefinition entity, StoredRecord record, List<String> select, ODataRequest odata) {
        ObjectNode node = json.createObjectNode();
        node.put("@odata.context", odata.context(entity, select, true));
        node.setAll(RecordRenderer.render(json, entity, record, select));
        return node;
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw DataverseError.badPayload("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static EntityDefinition entitySet(ODataRequest odata) {
        return Entities.bySet(odata.name()).orElseThrow(() -> DataverseError.resourceNotFound(odata.name()));
    }

    private static UUID requireKey(ODataRequest odata) {
        if (odata.key() == null) {
            throw DataverseError.of(HttpStatus.METHOD_NOT_ALLOWED, DataverseError.QUERY_ERROR,
                    "This method needs a single record: " + odata.name() + "(<guid>).");
        }
        return odata.key();
    }
}

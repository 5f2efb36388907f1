package dev.dataverseemulator.api;

import dev.dataverseemulator.odata.DataverseError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes responses the way the Dataverse Web API does: its content type, {@code OData-Version}, its error body. */
@Component
class DataverseResponses {

    static final MediaType ODATA_JSON = MediaType.parseMediaType(
            "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8");

    private final JsonMapper json;

    DataverseResponses(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> body(HttpStatus status, JsonNode body, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).header("OData-Version", "4.0").contentType(ODATA_JSON)
                .body(json.writeValueAsBytes(body));
    }

    ResponseEntity<byte[]> noContent(HttpHeaders headers) {
        return ResponseEntity.noContent().headers(headers).header("OData-Version", "4.0").build();
    }

    ResponseEntity<byte[]> error(DataverseError error) {
        HttpHeaders headers = new HttpHeaders();
        error.headers().forEach(headers::add);
        return body(error.status(), errorBody(error), headers);
    }

    /** For filters, which answer before Spring MVC sees the request. */
    void write(HttpServletResponse response, DataverseError error) throws IOException {
        response.setStatus(error.status().value());
        error.headers().forEach(response::setHeader);
        response.setHeader("OData-Version", "4.0");
        response.setContentType(ODATA_JSON.toString());
        response.getOutputStream().write(json.writeValueAsBytes(errorBody(error)));
    }

    private ObjectNode errorBody(DataverseError error) {
        ObjectNode body = json.createObjectNode();
        ObjectNode inner = body.putObject("error");
        inner.put("code", error.code());
        inner.put("message", error.getMessage());
        return body;
    }
}

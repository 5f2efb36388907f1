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

/**
 * Writes responses the way the Dataverse Web API does: its content type,
 * {@code OData-Version}, its error body.
 */
@Component
class DataverseResponses {

	static final MediaType ODATA_JSON = MediaType.parseMediaType(
			"application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8");

	private final JsonMapper json;

	DataverseResponses(JsonMapper json) {
		this.json = json;
	}

	ResponseEntity<byte[]> body(HttpStatus status, JsonNode body, HttpHeaders headers) {
		return ResponseEntity.status(status)
			.headers(headers)
			.header("OData-Version", "4.0")
			.contentType(ODATA_JSON)
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
		HttpHeaders headers = new HttpHeaders();
		error.headers().forEach(headers::add);
		write(response, error.status(), errorBody(error), headers);
	}

	/**
	 * Writes an answer past Spring MVC, whose own conditional-request handling would turn
	 * a 200 with an ETag that matches the request's {@code If-None-Match} into a 304
	 * where Dataverse answers 200.
	 */
	void write(HttpServletResponse response, HttpStatus status, JsonNode body, HttpHeaders headers) throws IOException {
		response.setStatus(status.value());
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setHeader("OData-Version", "4.0");
		response.setContentType(ODATA_JSON.toString());
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	private ObjectNode errorBody(DataverseError error) {
		ObjectNode body = json.createObjectNode();
		ObjectNode inner = body.putObject("error");
		inner.put("code", error.code());
		inner.put("message", error.getMessage());
		return body;
	}

}

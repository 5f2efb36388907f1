package dev.journeyfacade.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/**
 * Where in a request body parsing failed, said with field names only (never the parser's
 * message).
 */
final class BodyErrors {

	private BodyErrors() {
	}

	/**
	 * {@code " (at 'recurrence.count')"}, or empty when the failure has no field path.
	 */
	static String location(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null && !(cause instanceof DatabindException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof DatabindException databind) || databind.getPath().isEmpty()) {
			return "";
		}
		String path = databind.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		return " (at '" + path + "')";
	}

}

package dev.dataverseemulator.api;

import dev.dataverseemulator.odata.DataverseError;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure answered in Dataverse's error shape, including the ones Spring MVC raises
 * itself.
 */
@Slf4j
@RestControllerAdvice
class DataverseErrorAdvice {

	private final DataverseResponses responses;

	DataverseErrorAdvice(DataverseResponses responses) {
		this.responses = responses;
	}

	@ExceptionHandler(DataverseError.class)
	ResponseEntity<byte[]> dataverse(DataverseError e) {
		return responses.error(e);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<byte[]> noResource(NoResourceFoundException e) {
		return responses.error(DataverseError.resourceNotFound(e.getResourcePath()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e) {
		return responses.error(DataverseError.of(HttpStatus.METHOD_NOT_ALLOWED, DataverseError.QUERY_ERROR,
				"The requested resource does not support http method '" + e.getMethod() + "'."));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class,
			MissingServletRequestParameterException.class })
	ResponseEntity<byte[]> unreadable(Exception e) {
		return responses.error(DataverseError.badPayload("The request could not be read: " + e.getMessage()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> unexpected(Exception e) {
		log.error("emulator failure", e);
		return responses.error(DataverseError.of(HttpStatus.INTERNAL_SERVER_ERROR, DataverseError.UNEXPECTED,
				"An unexpected error occurred."));
	}

}

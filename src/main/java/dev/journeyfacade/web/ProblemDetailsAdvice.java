package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.InvalidContinuationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become RFC 9457 problem details. Every problem has a
 * stable {@code type} (see {@link ProblemType}), the request's correlation id
 * ({@code requestId}) and trace id ({@code traceId}), and no stack trace, exception
 * message of a library, token or secret.
 */
@Slf4j
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private final ObjectProvider<UnknownResourceAnswer> unknownResourceAnswers;

	private final ImpersonationFaultLog impersonationFaults;

	ProblemDetailsAdvice(ObjectProvider<UnknownResourceAnswer> unknownResourceAnswers, ObjectProvider<Clock> clock) {
		this.unknownResourceAnswers = unknownResourceAnswers;
		this.impersonationFaults = new ImpersonationFaultLog(clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * Dataverse failures: its status where it means something to the caller, 502/503/504
	 * otherwise. An entity set or action Dataverse does not know is answered by the
	 * backend whose endpoint met it ({@link UnknownResourceAnswer}).
	 */
	@ExceptionHandler(DataverseException.class)
	ResponseEntity<Object> dataverse(DataverseException e, WebRequest request) {
		HttpServletRequest servletRequest = request instanceof NativeWebRequest nwr
				? nwr.getNativeRequest(HttpServletRequest.class) : null;
		if (e.isUnknownResource() && servletRequest != null) {
			UnknownResourceAnswer backend = unknownResourceAnswers.orderedStream()
				.filter(candidate -> candidate.serves(servletRequest))
				.findFirst()
				.orElse(null);
			if (backend != null) {
				ErrorResponseException answer = backend.answer();
				return handleExceptionInternal(answer, answer.getBody(), answer.getHeaders(), answer.getStatusCode(),
						request);
			}
		}
		ProblemDetail problem = DataverseProblems.of(e,
				servletRequest == null ? null : CallerImpersonation.actingUser(servletRequest));
		if (!e.code().isEmpty()) {
			problem.setProperty("dataverseCode", e.code());
		}
		e.serviceRequestId().ifPresent(id -> problem.setProperty("dataverseRequestId", id));
		if (e.isImpersonationRefused()) {
			impersonationFaults.refused(e);
		}
		else if (problem.getStatus() >= 500) {
			log.warn("Dataverse call failed: {} (status {}, code {})", e.kind(), e.status(), e.code());
		}
		HttpHeaders headers = new HttpHeaders();
		e.retryAfter().ifPresent(d -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, d.toSeconds()))));
		return handleExceptionInternal(e, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@ExceptionHandler(InvalidContinuationException.class)
	ResponseEntity<Object> invalidPageToken(InvalidContinuationException e, WebRequest request) {
		ProblemDetail problem = ProblemType.INVALID_PAGE_TOKEN
			.detail(e.getMessage() + " Start again from the first page.");
		return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
		List<Map<String, Object>> errors = e.getConstraintViolations()
			.stream()
			.map(v -> fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage(), v.getInvalidValue()))
			.toList();
		return handleExceptionInternal(e, validationProblem(errors), new HttpHeaders(), HttpStatus.BAD_REQUEST,
				request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
		String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
		List<Map<String, Object>> errors = List.of(fieldError(e.getName(), "must be " + expected, e.getValue()));
		return handleExceptionInternal(e, validationProblem(errors), new HttpHeaders(), HttpStatus.BAD_REQUEST,
				request);
	}

	/**
	 * A header with control characters that a controller reads first (Idempotency-Key,
	 * If-Match): the firewall refuses it there too, and the caller gets the same 400 as
	 * when a filter reads it.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> rejected(RequestRejectedException e, WebRequest request) {
		log.debug("Request refused by the firewall: {}", e.getMessage());
		ProblemDetail problem = ProblemType.REJECTED_REQUEST.detail(ProblemRequestRejectedHandler.DETAIL);
		return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Anything not foreseen: 500 with nothing of the exception in the body; the log has
	 * the stack trace.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
		log.error("Unexpected error", e);
		ProblemDetail problem = ProblemType.INTERNAL_ERROR
			.detail("The request could not be processed. Quote the requestId when you report it.");
		return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/**
	 * A feature's own field checks (a merge patch, say), answered like an invalid body.
	 */
	@ExceptionHandler(InvalidFields.class)
	ResponseEntity<Object> invalidFields(InvalidFields e, WebRequest request) {
		return handleExceptionInternal(e, validationProblem(fieldErrors(e.errors())), new HttpHeaders(),
				HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(e, validationProblem(fieldErrors(e.getBindingResult())), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	private static List<Map<String, Object>> fieldErrors(BindingResult result) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(fieldError(error.getField(), error.getDefaultMessage(), error.getRejectedValue()));
		}
		result.getGlobalErrors()
			.forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage(), null)));
		return errors;
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = error instanceof FieldError fe ? fe.getField() : name;
				errors.add(fieldError(field, error.getDefaultMessage(), result.getArgument()));
			}
		});
		return handleExceptionInternal(e, validationProblem(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// The parser's own message can quote internals (class names); the caller gets a
		// plain sentence.
		ProblemDetail problem = ProblemType.MALFORMED_BODY.detail(
				"The request body is not valid JSON or does not fit the expected shape" + BodyErrors.location(e) + ".");
		return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Every problem passes here: stable type for Spring's own errors, correlation id, no
	 * internals.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail pd ? pd
				: e instanceof ErrorResponse er ? er.getBody() : ProblemDetail.forStatus(status);
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(ProblemType.forStatus(status).type());
		}
		HttpServletRequest servletRequest = request instanceof NativeWebRequest nwr
				? nwr.getNativeRequest(HttpServletRequest.class) : null;
		if (servletRequest != null) {
			problem.setProperty("requestId", CorrelationIdFilter.requestId(servletRequest));
			String traceId = CorrelationIdFilter.traceId();
			if (traceId != null) {
				problem.setProperty("traceId", traceId);
			}
			if (problem.getInstance() == null) {
				problem.setInstance(URI.create(servletRequest.getRequestURI()));
			}
		}
		return super.handleExceptionInternal(e, problem, headers, status, request);
	}

	private static ProblemDetail validationProblem(List<Map<String, Object>> errors) {
		ProblemDetail problem = ProblemType.VALIDATION_FAILED
			.detail(errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, Object> fieldError(String field, @Nullable String reason, @Nullable Object rejected) {
		// The rejected value is echoed only when short and simple: never a whole body,
		// never a secret-looking blob.
		if (rejected instanceof CharSequence || rejected instanceof Number || rejected instanceof Boolean) {
			String text = rejected.toString();
			if (text.length() <= 100) {
				return Map.of("field", field, "reason", reason == null ? "is invalid" : reason, "rejectedValue", text);
			}
		}
		return Map.of("field", field, "reason", reason == null ? "is invalid" : reason);
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		if (type == java.util.UUID.class) {
			return "a UUID";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		return "a valid " + type.getSimpleName();
	}

}

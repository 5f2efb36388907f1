package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.InvalidContinuationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every failure becomes an RFC 9457 problem with a stable type, the correlation id and no
 * internals. The test controller's paths are not API paths, so the slice runs without
 * Spring Security (InboundSecurityTest covers the security layer's own problems).
 */
@WebMvcTest(controllers = ProblemDetailsAdviceTest.FailingController.class,
		excludeAutoConfiguration = ServletWebSecurityAutoConfiguration.class)
@Import(ProblemDetailsAdviceTest.FailingController.class)
class ProblemDetailsAdviceTest {

	@Autowired
	MockMvcTester mvc;

	private static DataverseException dataverse(int status, String code, String message) {
		return DataverseException.errorResponse(status, code, message, "svc-9");
	}

	@RestController
	static class FailingController {

		static volatile RuntimeException next;

		@GetMapping("/fail")
		String fail() {
			throw next;
		}

		@GetMapping("/items/{id}")
		String item(@PathVariable UUID id) {
			return id.toString();
		}

		@GetMapping("/search")
		String search(@RequestParam @Max(200) int pageSize) {
			return "ok";
		}

		@PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
		String create(@Valid @RequestBody Thing thing) {
			return "ok";
		}

	}

	record Thing(@NotBlank String name, @Size(max = 3) String code, int count) {
	}

	private MvcTestResult failWith(RuntimeException e) {
		FailingController.next = e;
		return mvc.get().uri("/fail").header("X-Request-Id", "req-42").exchange();
	}

	@Test
	void aMissingDataverseRecordStays404() {
		MvcTestResult result = failWith(dataverse(404, "0x80040217", "account With Id = x Does Not Exist"));

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:journey-facade:problem:not-found");
		assertThat(result).bodyJson().extractingPath("$.dataverseCode").isEqualTo("0x80040217");
	}

	@Test
	void anUnknownTableOrActionNoBackendClaimsIs502NotAMissingRecord() {
		MvcTestResult result = failWith(
				dataverse(404, "0x8006088a", "Resource not found for the segment 'msdyncrm_customerjourneys'."));

		assertThat(result).hasStatus(HttpStatus.BAD_GATEWAY);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:journey-facade:problem:dataverse-error");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Dataverse does not know a table or action this operation needs in this environment.");
	}

	@Test
	void aStaleEtagStays412() {
		assertThat(failWith(dataverse(412, "0x80060882", "The version of the existing record doesn't match")))
			.hasStatus(HttpStatus.PRECONDITION_FAILED)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:precondition-failed");
	}

	@Test
	void aDataverse400CarriesDataversesMessage() {
		assertThat(failWith(dataverse(400, "0x80044331", "A validation error occurred. msdyncrm_name is too long.")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("A validation error occurred. msdyncrm_name is too long.");
	}

	@Test
	void aMissingPrivilegeIs403WithoutDataversesInternals() {
		MvcTestResult result = failWith(
				dataverse(403, "0x80040220", "Principal user (Id=d0e2…) is missing prvReadmsdyncrm"));

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result).bodyText().doesNotContain("Principal user");
	}

	@Test
	void aDataverseServerErrorIs502() {
		assertThat(failWith(dataverse(500, "0x80040333", "Duplicate detected"))).hasStatus(HttpStatus.BAD_GATEWAY)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:dataverse-error");
	}

	@Test
	void anAnswerThatCouldNotBeReadIs502BadResponse() {
		assertThat(failWith(dataverse(0, "", "Dataverse sent an answer larger than this service reads")))
			.hasStatus(HttpStatus.BAD_GATEWAY)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:dataverse-bad-response");
	}

	@Test
	void anUnknownDataverseStatusIs502() {
		assertThat(failWith(dataverse(409, "", "conflict"))).hasStatus(HttpStatus.BAD_GATEWAY);
	}

	@Test
	void throttlingPastTheBudgetIs503WithRetryAfter() {
		MvcTestResult result = failWith(new DataverseException(DataverseException.Kind.THROTTLED, 429, "",
				"Dataverse is throttling this service; try again in 120 s", Duration.ofSeconds(120), null, null));

		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "120");
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:dataverse-throttled");
	}

	@Test
	void aFullConcurrencyCapIs503WithRetryAfter() {
		assertThat(failWith(new DataverseException(DataverseException.Kind.OVERLOADED, 0, "", "busy",
				Duration.ofSeconds(1), null, null)))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasHeader("Retry-After", "1");
	}

	@Test
	void refusedCredentialsAre502AndAnUnavailableTokenEndpointIs503() {
		assertThat(failWith(new DataverseException(DataverseException.Kind.AUTHENTICATION, 401, "invalid_client",
				"refused", null, null, null)))
			.hasStatus(HttpStatus.BAD_GATEWAY);
		assertThat(failWith(
				new DataverseException(DataverseException.Kind.AUTHENTICATION, 0, "", "timed out", null, null, null)))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Test
	void aTimeoutIs504() {
		assertThat(failWith(new DataverseException(DataverseException.Kind.TIMEOUT, 0, "", "slow", null, null, null)))
			.hasStatus(HttpStatus.GATEWAY_TIMEOUT);
	}

	@Test
	void everyProblemCarriesTheCallersCorrelationId() {
		MvcTestResult result = failWith(dataverse(404, "", "x"));

		assertThat(result).hasHeader("X-Request-Id", "req-42");
		assertThat(result).bodyJson().extractingPath("$.requestId").isEqualTo("req-42");
	}

	@Test
	void anUnsafeCorrelationIdIsReplacedNotEchoed() {
		FailingController.next = dataverse(404, "", "x");
		MvcTestResult result = mvc.get().uri("/fail").header("X-Request-Id", "evil\" injected=1").exchange();

		assertThat(result.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	@Test
	void aForgedPageTokenIs400() {
		assertThat(failWith(
				new InvalidContinuationException("The page token was not issued by this service for this list.")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:invalid-page-token");
	}

	@Test
	void anUnexpectedExceptionIs500WithoutItsMessageOrStackTrace() {
		MvcTestResult result = failWith(new IllegalStateException("secret internal state at com.example.Foo"));

		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(result).bodyText()
			.doesNotContain("secret internal state")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at dev.journeyfacade");
	}

	@Test
	void aMalformedUuidIs400NamingTheParameter() {
		MvcTestResult result = mvc.get().uri("/items/not-a-uuid").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
		assertThat(result).bodyJson().extractingPath("$.errors[0].reason").isEqualTo("must be a UUID");
	}

	@Test
	void everyInvalidBodyFieldIsListed() {
		MvcTestResult result = mvc.post()
			.uri("/things")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"code\":\"toolong\",\"count\":1}")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:validation-failed");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "code");
	}

	@Test
	void anInvalidParameterIsListed() {
		MvcTestResult result = mvc.get().uri("/search?pageSize=500").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("pageSize");
	}

	@Test
	void malformedJsonIs400WithoutTheParsersMessage() {
		MvcTestResult result = mvc.post()
			.uri("/things")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": ")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:journey-facade:problem:malformed-body");
		assertThat(result).bodyText().doesNotContain("tools.jackson").doesNotContain("Unexpected end");
	}

	@Test
	void aWrongTypeInTheBodyNamesTheField() {
		MvcTestResult result = mvc.post()
			.uri("/things")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"a\",\"count\":\"many\"}")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'count'");
	}

	@Test
	void aWrongContentTypeIs415Problem() {
		MvcTestResult result = mvc.post().uri("/things").contentType(MediaType.TEXT_PLAIN).content("x").exchange();

		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:unsupported-media-type");
	}

}

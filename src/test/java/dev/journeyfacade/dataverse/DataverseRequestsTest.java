package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The exact requests the client sends (paths, OData options, headers, bodies) and how it
 * reads answers.
 */
class DataverseRequestsTest {

	private static final UUID ID = UUID.fromString("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc");

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	private DataverseClient client;

	@BeforeEach
	void setUp() {
		fixture.stubToken("t1");
		client = fixture.client();
	}

	@AfterEach
	void close() {
		fixture.close();
		MDC.clear();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json; odata.metadata=minimal")
			.withBody(body);
	}

	@Test
	void sendsTheODataHeadersOnEveryCall() {
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(json("{\"name\":\"a\"}")));

		client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);

		fixture.server.verify(getRequestedFor(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("OData-MaxVersion", equalTo("4.0"))
			.withHeader("OData-Version", equalTo("4.0"))
			.withQueryParam("$select", equalTo("name")));
	}

	@Test
	void readsARecordLargerThanWebClientsDefaultBuffer() {
		String name = "x".repeat(3 * 1024 * 1024); // a journey with a 1 MB definition,
													// escaped, is of this order
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.willReturn(json("{\"name\":\"" + name + "\"}")));

		Record record = client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);

		assertThat(record.name()).hasSize(name.length());
	}

	@Test
	void anAnswerLargerThanTheReadLimitIsDataversesFailureNotAnInternalError() {
		String name = "x".repeat(DataverseClientConfiguration.MAX_RESPONSE_BYTES);
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.willReturn(json("{\"name\":\"" + name + "\"}")));

		assertThatThrownBy(() -> client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class,
					e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.ERROR_RESPONSE))
			.hasMessageContaining("larger than this service reads");
	}

	@Test
	void aQueryOfAFewRowsSendsTopAndNoPageSize() {
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts")))
			.willReturn(json("{\"value\":[{\"name\":\"a\"}],\"@odata.nextLink\":\"ignored\"}")));

		assertThat(client.query("accounts", ODataQuery.select("name").withTop(1), Record.class)).hasSize(1);

		fixture.server
			.verify(getRequestedFor(urlPathEqualTo(fixture.api("/accounts"))).withQueryParam("$select", equalTo("name"))
				.withQueryParam("$top", equalTo("1"))
				.withHeader("Prefer", absent()));
	}

	@Test
	void aQueryWithoutTopIsRefusedBeforeAnyCall() {
		assertThatThrownBy(() -> client.query("accounts", ODataQuery.select("name"), Record.class))
			.isInstanceOf(IllegalArgumentException.class);

		fixture.server.verify(0, getRequestedFor(urlPathEqualTo(fixture.api("/accounts"))));
	}

	@Test
	void whoAmINamesTheUserTheCallActsAs() {
		fixture.server.stubFor(get(urlEqualTo(fixture.api("/WhoAmI()")))
			.willReturn(json("{\"BusinessUnitId\":\"11111111-2222-3333-4444-555555555555\",\"UserId\":\"" + ID
					+ "\",\"OrganizationId\":\"0f2a1b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b\"}")));

		assertThat(client.whoAmI().userId()).isEqualTo(ID);
	}

	@Test
	void escapesQuotesAndKeepsInjectedSyntaxInsideTheStringLiteral() {
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts"))).willReturn(json("{\"value\":[]}")));
		ODataQuery query = ODataQuery.select("name").withFilter(ODataFilter.contains("name", "x') or (true"));

		client.list("accounts", query, 10, Record.class);

		fixture.server.verify(getRequestedFor(urlPathEqualTo(fixture.api("/accounts"))).withQueryParam("$filter",
				equalTo("contains(name,'x'') or (true')")));
	}

	@Test
	void percentEncodesTheQuerySoThatItCannotAddOptions() {
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts"))).willReturn(json("{\"value\":[]}")));
		ODataQuery query = ODataQuery.select("name").withFilter(ODataFilter.eq("name", "a&$expand=owninguser#"));

		client.list("accounts", query, 10, Record.class);

		fixture.server.verify(getRequestedFor(urlPathEqualTo(fixture.api("/accounts")))
			.withQueryParam("$filter", equalTo("name eq 'a&$expand=owninguser#'"))
			.withQueryParam("$expand", absent()));
	}

	@Test
	void listsAskForTheirPageSizeAndTurnTheNextLinkIntoAContinuation() {
		String nextLink = fixture.server.baseUrl()
				+ fixture.api("/accounts?$select=name&$skiptoken=%3Ccookie%20pagenumber=%222%22/%3E");
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts"))).withQueryParam("$skiptoken", absent())
			.willReturn(
					json("{\"value\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"@odata.nextLink\":\"" + nextLink + "\"}")));
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts"))).withQueryParam("$skiptoken", matching(".+"))
				.willReturn(json("{\"value\":[{\"name\":\"c\"}]}")));

		DataversePage<Record> first = client.list("accounts", ODataQuery.select("name"), 2, Record.class);
		DataversePage<Record> second = client.nextPage("accounts", first.continuation(), 2, Record.class);

		assertThat(first.items()).extracting(Record::name).containsExactly("a", "b");
		assertThat(first.continuation()).isNotBlank().doesNotContain("http");
		assertThat(second.items()).extracting(Record::name).containsExactly("c");
		assertThat(second.continuation()).isNull();
		fixture.server.verify(2, getRequestedFor(urlPathEqualTo(fixture.api("/accounts"))).withHeader("Prefer",
				equalTo("odata.maxpagesize=2")));
		fixture.server.verify(getRequestedFor(
				urlEqualTo(fixture.api("/accounts?$select=name&$skiptoken=%3Ccookie%20pagenumber=%222%22/%3E"))));
	}

	@Test
	void aPageWhoseRowsCannotBeReadIsABadDataverseAnswer() {
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts")))
			.willReturn(json("{\"value\":[{\"name\":{\"not\":\"a string\"}}]}")));

		assertThatThrownBy(() -> client.list("accounts", ODataQuery.select("name"), 2, Record.class))
			.isInstanceOfSatisfying(DataverseException.class,
					e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.ERROR_RESPONSE));
	}

	@Test
	void aPageWithoutRowsOrWithoutABodyIsEmpty() {
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts"))).willReturn(json("{\"@odata.context\":\"x\"}")));

		assertThat(client.list("accounts", ODataQuery.select("name"), 2, Record.class).items()).isEmpty();
	}

	@Test
	void refusesAForgedContinuationWithoutCallingDataverse() {
		String forged = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("https://evil.example/steal?x".getBytes()) + ".AAAA";

		assertThatThrownBy(() -> client.nextPage("accounts", forged, 10, Record.class))
			.isInstanceOf(InvalidContinuationException.class);
		fixture.server.verify(0, getRequestedFor(urlPathEqualTo("/steal")));
		assertThat(fixture.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesAContinuationIssuedForAnotherEntitySet() {
		String nextLink = fixture.server.baseUrl() + fixture.api("/accounts?$skiptoken=x");
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts")))
			.willReturn(json("{\"value\":[],\"@odata.nextLink\":\"" + nextLink + "\"}")));
		String continuation = client.list("accounts", ODataQuery.select("name"), 2, Record.class).continuation();

		assertThatThrownBy(() -> client.nextPage("contacts", continuation, 10, Record.class))
			.isInstanceOf(InvalidContinuationException.class);
	}

	@Test
	void createWithIdIsACreateOnlyUpsert() {
		fixture.server
			.stubFor(patch(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"name\":\"a\"}")));

		Record created = client.createWithId("accounts", ID, Map.of("name", "a"), Record.class);

		assertThat(created.name()).isEqualTo("a");
		fixture.server.verify(patchRequestedFor(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.withHeader("If-None-Match", equalTo("*"))
			.withHeader("Prefer", equalTo("return=representation")));
	}

	@Test
	void updateSendsTheCallersEtagAsIfMatch() {
		fixture.server
			.stubFor(patch(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(json("{\"name\":\"b\"}")));

		client.update("accounts", ID, Map.of("name", "b"), "W/\"42\"", Record.class);

		fixture.server.verify(patchRequestedFor(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.withHeader("If-Match", equalTo("W/\"42\"")));
	}

	@Test
	void updateWithoutEtagCanNeverCreate() {
		fixture.server
			.stubFor(patch(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(json("{\"name\":\"b\"}")));

		client.update("accounts", ID, Map.of("name", "b"), null, Record.class);

		fixture.server.verify(patchRequestedFor(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.withHeader("If-Match", equalTo("*")));
	}

	@Test
	void deleteSendsIfMatchOnlyWhenGiven() {
		fixture.server.stubFor(
				delete(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(aResponse().withStatus(204)));

		client.delete("accounts", ID, null);

		fixture.server.verify(deleteRequestedFor(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.withHeader("If-Match", absent()));
	}

	@Test
	void decodesADataverseErrorBodyIntoStatusCodeAndMessage() {
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withHeader("x-ms-service-request-id", "svc-1")
				.withBody("{\"error\":{\"code\":\"0x80040217\",\"message\":\"account With Id = " + ID
						+ " Does Not Exist\"}}")));

		assertThatThrownBy(() -> client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> {
				assertThat(e.kind()).isEqualTo(DataverseException.Kind.ERROR_RESPONSE);
				assertThat(e.status()).isEqualTo(404);
				assertThat(e.code()).isEqualTo("0x80040217");
				assertThat(e.getMessage()).isEqualTo("account With Id = " + ID + " Does Not Exist");
				assertThat(e.serviceRequestId()).contains("svc-1");
			});
	}

	@Test
	void aBodyThatIsNotADataverseErrorIsNotEchoed() {
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "text/html")
				.withBody("<html>proxy internals</html>")));

		assertThatThrownBy(() -> client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> {
				assertThat(e.status()).isEqualTo(500);
				assertThat(e.getMessage()).isEqualTo("Dataverse answered 500").doesNotContain("proxy");
			});
	}

	@Test
	void actionsArePostedToTheirName() {
		fixture.server.stubFor(post(urlPathEqualTo(fixture.api("/msdyncrm_CustomerJourneyValidate")))
			.willReturn(json("{\"ValidationResult\":\"{}\"}")));

		ValidateAnswer answer = client.invokeAction("msdyncrm_CustomerJourneyValidate", Map.of("FieldValueName", "x"),
				ValidateAnswer.class, true);

		assertThat(answer.validationResult()).isEqualTo("{}");
		fixture.server.verify(postRequestedFor(urlPathEqualTo(fixture.api("/msdyncrm_CustomerJourneyValidate")))
			.withRequestBody(equalToJson("{\"FieldValueName\":\"x\"}")));
	}

	@Test
	void sendsTheCallersCorrelationIdAsClientRequestId() {
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(json("{\"name\":\"a\"}")));
		MDC.put("requestId", "req-123");

		client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);

		fixture.server.verify(getRequestedFor(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.withHeader("x-ms-client-request-id", equalTo("req-123")));
	}

	@Test
	void generatesAClientRequestIdOutsideARequest() {
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(json("{\"name\":\"a\"}")));

		client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);

		fixture.server.verify(getRequestedFor(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.withHeader("x-ms-client-request-id", matching("[0-9a-f-]{36}")));
	}

	@Test
	void refusesAnEntitySetNameThatCouldAlterThePath() {
		assertThatThrownBy(
				() -> client.retrieve("accounts/../systemusers", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(fixture.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void aCallerThatFindsNoFreeSlotInTimeIsTurnedAway() throws Exception {
		fixture.server.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")")))
			.willReturn(json("{\"name\":\"a\"}").withFixedDelay(1_000)));
		DataverseClient capped = fixture
			.client(fixture.properties(DataverseClientFixture.retry(1, Duration.ofSeconds(20)),
					DataverseClientFixture.concurrency(1, Duration.ofMillis(50)), Duration.ofSeconds(5)));
		CompletableFuture<Record> first = CompletableFuture
			.supplyAsync(() -> capped.retrieve("accounts", ID, ODataQuery.select("name"), Record.class));
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> fixture.server.getAllServeEvents()
				.stream()
				.anyMatch(e -> e.getRequest().getUrl().contains("/accounts(")));

		assertThatThrownBy(() -> capped.retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> {
				assertThat(e.kind()).isEqualTo(DataverseException.Kind.OVERLOADED);
				assertThat(e.retryAfter()).isPresent();
			});
		assertThat(first.get(10, TimeUnit.SECONDS).name()).isEqualTo("a");
		assertThat(fixture.counter("dataverse.client.concurrency.rejected")).isEqualTo(1);
	}

	@Test
	void recordsEveryCallWithOperationAndOutcome() {
		fixture.server
			.stubFor(get(urlPathEqualTo(fixture.api("/accounts(" + ID + ")"))).willReturn(json("{\"name\":\"a\"}")));

		client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);

		assertThat(fixture.meters.find("dataverse.client.calls")
			.tags("operation", "retrieve", "outcome", "success")
			.timer()
			.count()).isEqualTo(1);
	}

	record Record(String name) {
	}

	record ValidateAnswer(@com.fasterxml.jackson.annotation.JsonProperty("ValidationResult") String validationResult) {
	}

}

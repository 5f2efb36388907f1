package dev.journeyfacade.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A request is one trace: the server span, inside it one span per Dataverse call, inside
 * that one per attempt (and one per wait between attempts), inside each attempt the HTTP
 * client span whose W3C {@code traceparent} Dataverse receives. The trace id is in the
 * problem bodies and the log lines. Every span is kept in memory here (all sampled).
 */
@Import(TracingTest.SpansInMemory.class)
@TestPropertySource(properties = { "management.tracing.sampling.probability=1.0", "dataverse.retry.max-attempts=2",
		"dataverse.retry.initial-backoff=1ms", "dataverse.retry.jitter=0" })
class TracingTest extends DataverseStubbedApiTest {

	private static final String SEGMENTS = API + "msdyncrm_segments";

	@Autowired
	InMemorySpanExporter spans;

	@TestConfiguration(proxyBeanMethods = false)
	static class SpansInMemory {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

		@Bean
		SpanProcessor inMemorySpans(InMemorySpanExporter exporter) {
			return SimpleSpanProcessor.create(exporter);
		}

	}

	@BeforeEach
	void forgetEarlierSpans() {
		spans.reset();
	}

	@Test
	void theDataverseCallIsAChildOfTheServerSpanAndItsAttemptOfTheCall() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SEGMENTS)).willReturn(okJson("{\"value\":[]}")));

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/segments")).andExpect(status().isOk());

		SpanData server = span("http get /api/v1/segments");
		SpanData call = span("dataverse list");
		SpanData attempt = span("dataverse attempt");
		SpanData http = span("http get");
		assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
		assertThat(call.getParentSpanId()).isEqualTo(server.getSpanId());
		assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
		assertThat(http.getParentSpanId()).isEqualTo(attempt.getSpanId());
		assertThat(http.getKind()).isEqualTo(SpanKind.CLIENT);
		assertThat(List.of(call, attempt, http)).extracting(SpanData::getTraceId).containsOnly(server.getTraceId());
		assertThat(call.getAttributes().asMap()).extractingFromEntries(e -> e.getKey().getKey() + "=" + e.getValue())
			.contains("operation=list", "outcome=success");
		assertThat(attempt.getAttributes().asMap()).extractingFromEntries(e -> e.getKey().getKey() + "=" + e.getValue())
			.contains("attempt=1", "outcome=200");
	}

	@Test
	void dataverseReceivesTheTraceparentOfTheHttpSpan() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SEGMENTS)).willReturn(okJson("{\"value\":[]}")));

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/segments")).andExpect(status().isOk());

		SpanData http = span("http get");
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SEGMENTS)).withHeader("traceparent",
				equalTo("00-" + http.getTraceId() + "-" + http.getSpanId() + "-01")));
	}

	@Test
	void theTokenRequestCarriesNoTraceContext() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SEGMENTS)).willReturn(okJson("{\"value\":[]}")));

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/segments")).andExpect(status().isOk());

		assertThat(DATAVERSE.findAll(postRequestedFor(urlPathEqualTo("/token"))))
			.allSatisfy(request -> assertThat(request.containsHeader("traceparent")).isFalse());
	}

	@Test
	void aRetriedCallHasOneSpanPerAttemptAndOneForTheWaitBetweenThem() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SEGMENTS)).inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		DATAVERSE.stubFor(get(urlPathEqualTo(SEGMENTS)).inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"value\":[]}")));

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/segments")).andExpect(status().isOk());

		SpanData call = span("dataverse list");
		List<SpanData> children = await().atMost(Duration.ofSeconds(5))
			.until(() -> finished().stream().filter(s -> s.getParentSpanId().equals(call.getSpanId())).toList(),
					found -> found.size() == 3);
		assertThat(children).extracting(SpanData::getName)
			.containsExactly("dataverse attempt", "dataverse wait", "dataverse attempt");
		assertThat(children.get(0).getAttributes().asMap().toString()).contains("outcome=503");
		assertThat(children.get(1).getAttributes().asMap().toString()).contains("reason=server-error");
		assertThat(children.get(2).getAttributes().asMap().toString()).contains("attempt=2", "outcome=200");
	}

	@Test
	void aProblemCarriesTheTraceIdBesideTheRequestId() throws Exception {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/journeys/not-a-guid")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.traceId").value(traceId))
			.andExpect(jsonPath("$.requestId").isString());
	}

	@Test
	void aProblemOfTheSecurityChainCarriesTheTraceIdToo() throws Exception {
		String traceId = "0af7651916cd43dd8448eb211c80319c";

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/segments")
			.with(TestIdentityProvider.withoutToken())
			.header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.traceId").value(traceId));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theLogLinesOfARequestCarryItsTraceId(CapturedOutput output) throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SEGMENTS)).willReturn(aResponse().withStatus(500)));

		mvc.perform(MockMvcRequestBuilders.get("/api/v1/segments")).andExpect(status().isBadGateway());

		String traceId = span("http get /api/v1/segments").getTraceId();
		assertThat(output.getOut().lines().filter(line -> line.contains("Dataverse call failed"))).singleElement()
			.satisfies(line -> assertThat(line).contains(traceId));
	}

	/** The one finished span of that name; waits a moment for spans ended off-thread. */
	private SpanData span(String name) {
		return await().atMost(Duration.ofSeconds(5))
			.until(() -> finished().stream().filter(s -> s.getName().equals(name)).toList(), found -> !found.isEmpty())
			.get(0);
	}

	private List<SpanData> finished() {
		return spans.getFinishedSpanItems();
	}

}

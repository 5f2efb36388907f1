package dev.journeyfacade.journey.msdyncrm;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.page;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import dev.journeyfacade.DataverseStubbedApiTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Search text, sort keys and page tokens never become OData of the caller's making: text
 * reaches Dataverse only as an escaped string literal inside {@code contains(…)}, and a
 * page token this service did not issue for that very list is refused before any call.
 */
class ODataInjectionTest extends DataverseStubbedApiTest {

	private static final String JOURNEYS = API + "msdyncrm_customerjourneys";

	@Autowired
	MockMvcTester tester;

	private String filterSentFor(String path, String entitySet, String q) {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + entitySet)).willReturn(ok(page(List.of(), null))));

		assertThat(tester.get().uri(path).param("q", q).exchange()).hasStatusOk();

		List<LoggedRequest> sent = DATAVERSE.findAll(getRequestedFor(urlPathEqualTo(API + entitySet)));
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getQueryParams().get("$filter").values()).hasSize(1);
		return sent.get(0).queryParameter("$filter").firstValue();
	}

	@ParameterizedTest(name = "q={0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "x') or (true                      | contains(msdyncrm_name,'x'') or (true')",
					"' or statuscode eq 192350001 or ' | contains(msdyncrm_name,''' or statuscode eq 192350001 or ''')",
					"x') and startswith(name,'a        | contains(msdyncrm_name,'x'') and startswith(name,''a')",
					"50%_[x]                           | contains(msdyncrm_name,'50[%][_][[]x]')" })
	void journeySearchTextReachesDataverseAsOneEscapedLiteral(String q, String expectedFilter) {
		assertThat(filterSentFor("/api/v1/journeys", "msdyncrm_customerjourneys", q)).isEqualTo(expectedFilter);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/segments,         msdyncrm_segments,         msdyncrm_segmentname",
			"/api/v1/emails,           msdyncrm_marketingemails,  msdyncrm_name",
			"/api/v1/content-settings, msdyncrm_contentsettingss, msdyncrm_name" })
	void pickerSearchTextReachesDataverseAsOneEscapedLiteral(String path, String entitySet, String column) {
		assertThat(filterSentFor(path, entitySet, "x') or (true"))
			.isEqualTo("contains(" + column + ",'x'') or (true')");
	}

	@Test
	void queryOptionsInTheSearchTextStayText() {
		String filter = filterSentFor("/api/v1/journeys", "msdyncrm_customerjourneys",
				"x&$select=workflowdefinition&$filter=true");

		assertThat(filter).isEqualTo("contains(msdyncrm_name,'x&$select=workflowdefinition&$filter=true')");
		LoggedRequest sent = DATAVERSE.findAll(getRequestedFor(urlPathEqualTo(JOURNEYS))).get(0);
		assertThat(sent.queryParameter("$select").firstValue()).doesNotContain("msdyncrm_workflowdefinition");
	}

	@ParameterizedTest(name = "orderBy={0}")
	@ValueSource(strings = { "msdyncrm_workflowdefinition", "name,msdyncrm_workflowdefinition", "name desc",
			"name:asc;drop" })
	void aSortKeyOutsideTheListIsRefusedBeforeAnyCall(String orderBy) {
		assertThat(tester.get().uri("/api/v1/journeys").param("orderBy", orderBy).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	// ---- page tokens
	// ---------------------------------------------------------------------------------------

	/** A genuine token of the journey list: the first page of a two-page answer. */
	private String issuedJourneyToken() {
		String nextLink = DATAVERSE.baseUrl() + JOURNEYS + "?$select=msdyncrm_name&$skiptoken=page2";
		DATAVERSE.stubFor(get(urlPathEqualTo(JOURNEYS))
			.willReturn(ok(page(List.of(journey(UUID.randomUUID(), "First", DataverseJourneyRows.DRAFT)), nextLink))));
		MvcTestResult first = tester.get().uri("/api/v1/journeys").param("pageSize", "1").exchange();
		assertThat(first).hasStatusOk();
		String token = JsonPath.read(new String(first.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$.nextPageToken");
		DATAVERSE.resetRequests();
		return token;
	}

	private void assertRefusedWithoutACall(String path, String token) {
		MvcTestResult result = tester.get().uri(path).param("pageToken", token).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:invalid-page-token");
		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	private static String linkPart(String link) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(link.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aMadeUpPageTokenIsRefused() {
		assertRefusedWithoutACall("/api/v1/journeys",
				linkPart("https://evil.example/api/data/v9.2/systemusers") + ".c2ln");
	}

	@Test
	void aPlainNextLinkIsRefused() {
		assertRefusedWithoutACall("/api/v1/journeys", DATAVERSE.baseUrl() + JOURNEYS + "?$skiptoken=page2");
	}

	@Test
	void aPageTokenWithAnotherLinkUnderItsSignatureIsRefused() {
		String signature = issuedJourneyToken().split("\\.")[1];

		assertRefusedWithoutACall("/api/v1/journeys",
				linkPart("https://evil.example" + JOURNEYS + "?$skiptoken=page2") + "." + signature);
	}

	@Test
	void aPageTokenWidenedToOtherColumnsIsRefused() {
		String signature = issuedJourneyToken().split("\\.")[1];

		assertRefusedWithoutACall("/api/v1/journeys",
				linkPart(DATAVERSE.baseUrl() + JOURNEYS
						+ "?$select=msdyncrm_name,msdyncrm_workflowdefinition&$expand=owninguser&$skiptoken=page2")
						+ "." + signature);
	}

	@Test
	void aJourneyPageTokenIsRefusedByAnotherList() {
		assertRefusedWithoutACall("/api/v1/segments", issuedJourneyToken());
	}

}

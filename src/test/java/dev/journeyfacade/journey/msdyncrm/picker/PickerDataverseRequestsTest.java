package dev.journeyfacade.journey.msdyncrm.picker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.journeyfacade.DataverseStubbedApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The Dataverse requests behind the pickers and how their rows map to choices. */
class PickerDataverseRequestsTest extends DataverseStubbedApiTest {

	@Test
	void segmentsSearchTheNameSortedByNameThenId() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_segments")).willReturn(ok("""
				{"value": [{"@odata.etag": "W/\\"1\\"", "msdyncrm_segmentid": "24db2671-1529-e911-a9b7-000d3a1e6adc",
				            "msdyncrm_segmentname": "TC407937_DynamicSegment_2KZQ1p"}]}""")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/segments").param("q", "O'Brien_").param("pageSize", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value("24db2671-1529-e911-a9b7-000d3a1e6adc"))
			.andExpect(jsonPath("$.items[0].name").value("TC407937_DynamicSegment_2KZQ1p"))
			.andExpect(jsonPath("$.nextPageToken").value(nullValue()));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(API + "msdyncrm_segments"))
			.withQueryParam("$select", equalTo("msdyncrm_segmentid,msdyncrm_segmentname"))
			.withQueryParam("$filter", equalTo("contains(msdyncrm_segmentname,'O''Brien[_]')"))
			.withQueryParam("$orderby", equalTo("msdyncrm_segmentname asc,msdyncrm_segmentid asc"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=10")));
	}

	@Test
	void emailsCarryTheirSubject() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_marketingemails")).willReturn(ok("""
				{"value": [{"msdyncrm_marketingemailid": "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14",
				            "msdyncrm_name": "Relationship test", "msdyncrm_subject": "Hello"}]}""")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/emails"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("Relationship test"))
			.andExpect(jsonPath("$.items[0].subject").value("Hello"));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(API + "msdyncrm_marketingemails"))
			.withQueryParam("$select", equalTo("msdyncrm_marketingemailid,msdyncrm_name,msdyncrm_subject"))
			.withQueryParam("$filter", absent())
			.withQueryParam("$orderby", equalTo("msdyncrm_name asc,msdyncrm_marketingemailid asc"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=50")));
	}

	@Test
	void contentSettingsUseTheEntitySetsOwnSpellingAndPage() throws Exception {
		String set = API + "msdyncrm_contentsettingss";
		DATAVERSE.stubFor(get(urlPathEqualTo(set)).willReturn(
				ok("""
						{"value": [{"msdyncrm_contentsettingsid": "1922b1d8-0523-e911-a9ba-000d3a1e689f", "msdyncrm_name": "Default"}],
						 "@odata.nextLink": "%s%s?$select=msdyncrm_contentsettingsid&$skiptoken=next"}"""
					.formatted(DATAVERSE.baseUrl(), set))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/content-settings").param("q", "Def"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value("1922b1d8-0523-e911-a9ba-000d3a1e689f"))
			.andExpect(jsonPath("$.items[0].name").value("Default"))
			.andExpect(jsonPath("$.nextPageToken").isString());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(set))
			.withQueryParam("$select", equalTo("msdyncrm_contentsettingsid,msdyncrm_name"))
			.withQueryParam("$filter", equalTo("contains(msdyncrm_name,'Def')")));
	}

	@Test
	void aPickerRefusesAPageSizeOutOfRange() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/api/v1/emails").param("pageSize", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pageSize"));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}

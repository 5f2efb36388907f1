package dev.journeyfacade.web;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/**
 * Mode {@code caller} where applications may act as the application user: their tokens
 * are served as in mode {@code off}.
 */
@TestPropertySource(properties = { "dataverse.impersonation.mode=caller",
		"dataverse.impersonation.app-only-callers=application-user" })
class ImpersonationAppOnlyAllowedTest extends DataverseStubbedApiTest {

	@Test
	void anApplicationsOwnTokenActsAsTheApplicationUserWithoutALookUp() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_customerjourneys")).willReturn(ok("{\"value\":[]}")));
		String appToken = TestIdentityProvider.token(claims -> claims.claim("roles", List.of("journeys.read"))
			.claim("idtyp", "app")
			.claim("oid", "5a0f7d3e-0c4b-4f21-9a61-3b2d8e7c9f10"));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").header(HttpHeaders.AUTHORIZATION, "Bearer " + appToken))
			.andExpect(status().isOk());

		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(API + ".*")))).singleElement()
			.satisfies(call -> assertThat(call.containsHeader("CallerObjectId")).isFalse());
	}

}

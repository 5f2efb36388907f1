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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Mode {@code off}, the default: every call acts as the application user, whoever signed
 * in, and no caller is looked up.
 */
class ImpersonationOffTest extends DataverseStubbedApiTest {

	@Test
	void aUsersRequestActsAsTheApplicationUser() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_customerjourneys")).willReturn(ok("{\"value\":[]}")));
		String userToken = TestIdentityProvider.token(claims -> claims.claim("scp", TestIdentityProvider.ALL_SCOPES)
			.claim("oid", UUID.randomUUID().toString()));

		mvc.perform(
				request(HttpMethod.GET, "/api/v1/journeys").header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken))
			.andExpect(status().isOk());

		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(API + ".*")))).hasSize(1)
			.allSatisfy(call -> assertThat(call.containsHeader("CallerObjectId")).isFalse())
			.noneSatisfy(call -> assertThat(call.getUrl()).contains("systemusers"));
	}

	@Test
	void anApplicationsOwnTokenActsAsTheApplicationUser() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_customerjourneys")).willReturn(ok("{\"value\":[]}")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").header(HttpHeaders.AUTHORIZATION,
				"Bearer " + TestIdentityProvider.tokenWithRoles("journeys.read")))
			.andExpect(status().isOk());

		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(API + ".*"))))
			.allSatisfy(call -> assertThat(call.containsHeader("CallerObjectId")).isFalse());
	}

}

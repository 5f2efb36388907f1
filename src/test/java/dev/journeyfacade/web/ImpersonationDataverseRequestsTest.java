package dev.journeyfacade.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.dataverseError;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.json;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows;
import dev.testsupport.Seeds;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Mode {@code caller} against a WireMock Dataverse: every Dataverse call of a user's
 * request carries {@code CallerObjectId} (the token's {@code oid}); the token request and
 * the look-up of the caller's Dataverse user never do; callers who cannot be acted as are
 * answered before Dataverse is called; Dataverse's refusals read as whose they are.
 */
@TestPropertySource(properties = { "dataverse.impersonation.mode=caller",
		"auth.tenant-id=" + ImpersonationDataverseRequestsTest.TENANT })
class ImpersonationDataverseRequestsTest extends DataverseStubbedApiTest {

	static final String TENANT = "8f6a3c1e-5b2d-4e7f-9a10-3c4d5e6f7a8b";

	private static final UUID ID = UUID.fromString("6628bbf7-c52a-e911-a9b7-000d3a1e6adc");

	private static final String ONE = API + "msdyncrm_customerjourneys(" + ID + ")";

	private static final UUID REALTIME_ID = UUID.fromString("348d6e2c-36d4-3026-b6e5-e0d4623f4c65");

	private static final String REALTIME_ONE = API + "msdynmkt_journeys(" + REALTIME_ID + ")";

	private static final String SYSTEM_USER = "3a132040-3f3a-374d-83c8-6907e250c66d";

	private static final String APPLICATION_USER = "3b5f1e7a-0c4d-4e8b-9a55-5e3f0c2d7a11";

	private static final String USERS = API + "systemusers";

	/** A caller of its own per test: the look-up of its Dataverse user is cached. */
	private final String objectId = UUID.randomUUID().toString();

	@BeforeEach
	void dataverseKnowsTheCallerAndItsJourneys() {
		DATAVERSE.stubFor(get(urlPathEqualTo(USERS)).willReturn(ok("{\"value\":[{\"systemuserid\":\"" + SYSTEM_USER
				+ "\",\"fullname\":\"Adele Vance\",\"isdisabled\":false}]}")));
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Spring", DataverseJourneyRows.DRAFT)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE))
			.willReturn(aResponse().withStatus(204).withHeader("OData-EntityId", DATAVERSE.baseUrl() + ONE)));
		DATAVERSE.stubFor(post(urlPathEqualTo(API + "msdyncrm_CustomerJourneyValidate"))
			.willReturn(ok(Seeds.validateJourneyResponse())));
		for (String set : List.of("msdyncrm_customerjourneys", "msdyncrm_segments", "msdyncrm_marketingemails",
				"msdyncrm_contentsettingss", "msdynmkt_journeys", "msdynmkt_journeytemplates")) {
			DATAVERSE.stubFor(get(urlPathEqualTo(API + set)).willReturn(ok("{\"value\":[]}")));
		}
		DATAVERSE.stubFor(get(urlPathEqualTo(REALTIME_ONE)).willReturn(ok(json(Map.of("@odata.etag", "W/\"7\"",
				"msdynmkt_journeyid", REALTIME_ID.toString(), "msdynmkt_name", "Welcome series", "statuscode", 1)))));
		DATAVERSE.stubFor(post(urlPathEqualTo(API + "msdynmkt_CreateJourneyFromTemplate")).willReturn(ok(json(Map
			.of("msdynmkt_journeyid", REALTIME_ID.toString(), "msdynmkt_isvalid", true, "msdynmkt_errors", "[]")))));
	}

	private String userToken() {
		return TestIdentityProvider.token(claims -> claims.claim("scp", TestIdentityProvider.ALL_SCOPES)
			.claim("oid", objectId)
			.claim("tid", TENANT));
	}

	private ResultActions asUser(MockHttpServletRequestBuilder request) throws Exception {
		return as(userToken(), request);
	}

	private ResultActions as(String token, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static MockHttpServletRequestBuilder send(HttpMethod method, String uri, String body) {
		return request(method, uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** The calls of the request, the look-up of the caller's user aside. */
	private static List<LoggedRequest> journeyCalls() {
		return DATAVERSE.findAll(anyRequestedFor(urlMatching(API + ".*")))
			.stream()
			.filter(call -> !call.getUrl().startsWith(USERS))
			.toList();
	}

	private void everyCallActedAsTheCaller(int calls) {
		assertThat(journeyCalls()).hasSize(calls)
			.allSatisfy(call -> assertThat(call.getHeader("CallerObjectId")).isEqualTo(objectId));
		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(USERS + ".*"))))
			.allSatisfy(call -> assertThat(call.containsHeader("CallerObjectId")).isFalse());
		assertThat(DATAVERSE.findAll(postRequestedFor(urlPathEqualTo("/token"))))
			.allSatisfy(call -> assertThat(call.containsHeader("CallerObjectId")).isFalse());
	}

	// ---- the header on every call of a request

	@Test
	void aListActsAsTheCaller() throws Exception {
		asUser(request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isOk());

		everyCallActedAsTheCaller(1);
	}

	@Test
	void aReadActsAsTheCaller() throws Exception {
		asUser(request(HttpMethod.GET, "/api/v1/journeys/" + ID)).andExpect(status().isOk());

		everyCallActedAsTheCaller(1);
	}

	@Test
	void aCreateActsAsTheCallerInEachOfItsCalls() throws Exception {
		asUser(send(HttpMethod.POST, "/api/v1/journeys", "{\"id\": \"" + ID + "\", \"name\": \"Spring\"}"))
			.andExpect(status().isCreated());

		everyCallActedAsTheCaller(2); // the create-only upsert, answered 204, and the
										// read back
	}

	@Test
	void anUpdateActsAsTheCallerInEachOfItsCalls() throws Exception {
		asUser(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"name\": \"New\"}").header("If-Match", "W/\"1001\""))
			.andExpect(status().isOk());

		everyCallActedAsTheCaller(3); // read, PATCH answered 204, read back
	}

	@Test
	void aPublishActsAsTheCallerInEachOfItsCalls() throws Exception {
		asUser(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/publish")).andExpect(status().isAccepted());

		assertThat(journeyCalls()).hasSizeGreaterThanOrEqualTo(2);
		everyCallActedAsTheCaller(journeyCalls().size());
	}

	@Test
	void aValidationActsAsTheCallerInEachOfItsCalls() throws Exception {
		asUser(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/validate")).andExpect(status().isOk());

		everyCallActedAsTheCaller(2); // the read and the action
	}

	@Test
	void everyPickerActsAsTheCaller() throws Exception {
		for (String picker : List.of("/api/v1/segments", "/api/v1/emails", "/api/v1/content-settings",
				"/api/v1/realtime-journey-templates")) {
			asUser(request(HttpMethod.GET, picker)).andExpect(status().isOk());
		}

		everyCallActedAsTheCaller(4);
	}

	@Test
	void realtimeJourneyCallsActAsTheCaller() throws Exception {
		asUser(request(HttpMethod.GET, "/api/v1/realtime-journeys")).andExpect(status().isOk());
		asUser(request(HttpMethod.GET, "/api/v1/realtime-journeys/" + REALTIME_ID)).andExpect(status().isOk());
		asUser(send(HttpMethod.POST, "/api/v1/realtime-journeys",
				"{\"templateId\": \"12345678-1234-1234-1234-123456789012\", \"name\": \"Welcome series\"}"))
			.andExpect(status().isCreated());

		everyCallActedAsTheCaller(4); // list, read, the action, the read of what it made
	}

	@Test
	void aRetryWithANewTokenActsAsTheCallerAndTheTokenRequestDoesNot() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).inScenario("token revoked")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(401))
			.willSetStateTo("renewed"));
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).inScenario("token revoked")
			.whenScenarioStateIs("renewed")
			.willReturn(ok(json(journey(ID, "Spring", DataverseJourneyRows.DRAFT)))));

		asUser(request(HttpMethod.GET, "/api/v1/journeys/" + ID)).andExpect(status().isOk());

		assertThat(DATAVERSE.findAll(postRequestedFor(urlPathEqualTo("/token")))).isNotEmpty();
		everyCallActedAsTheCaller(2);
	}

	@Test
	void theCallersDataverseUserIsLookedUpOncePerTimeToLive() throws Exception {
		asUser(request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isOk());
		asUser(request(HttpMethod.GET, "/api/v1/journeys/" + ID)).andExpect(status().isOk());

		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(USERS + ".*")))).singleElement()
			.satisfies(lookUp -> assertThat(lookUp.queryParameter("$filter").firstValue())
				.isEqualTo("azureactivedirectoryobjectid eq " + objectId));
	}

	// ---- who cannot be acted as is answered before Dataverse

	@Test
	void aCallerWithoutADataverseUserIs403BeforeTheRealCall() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(USERS)).willReturn(ok("{\"value\":[]}")));

		asUser(request(HttpMethod.GET, "/api/v1/journeys/" + ID)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:no-dataverse-user"))
			.andExpect(jsonPath("$.requestId").isNotEmpty());

		assertThat(journeyCalls()).isEmpty();
	}

	@Test
	void aCallerWhoseDataverseUserIsDisabledIs403BeforeTheRealCall() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(USERS)).willReturn(ok("{\"value\":[{\"systemuserid\":\"" + SYSTEM_USER
				+ "\",\"fullname\":\"Adele Vance\",\"isdisabled\":true}]}")));

		asUser(request(HttpMethod.GET, "/api/v1/journeys/" + ID)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:no-dataverse-user"));

		assertThat(journeyCalls()).isEmpty();
	}

	@Test
	void anApplicationsOwnTokenIsRefusedByDefault() throws Exception {
		String appToken = TestIdentityProvider.token(claims -> claims.claim("roles", List.of("journeys.read"))
			.claim("oid", objectId)
			.claim("idtyp", "app")
			.claim("tid", TENANT));

		as(appToken, request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:application-caller-refused"));

		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(API + ".*")))).isEmpty();
	}

	@Test
	void aTokenWithoutDelegatedScopesIsAnApplicationsAndRefused() throws Exception {
		String appToken = TestIdentityProvider.token(
				claims -> claims.claim("roles", List.of("journeys.read")).claim("oid", objectId).claim("tid", TENANT));

		as(appToken, request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:application-caller-refused"));
	}

	@Test
	void aTokenWithoutAnObjectIdIsAnApplicationsAndRefused() throws Exception {
		String noUser = TestIdentityProvider
			.token(claims -> claims.claim("scp", TestIdentityProvider.ALL_SCOPES).claim("tid", TENANT));

		as(noUser, request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:application-caller-refused"));
	}

	@Test
	void aForgedObjectIdIsRefusedBeforeDataverse() throws Exception {
		String forged = TestIdentityProvider.token(claims -> claims.claim("scp", TestIdentityProvider.ALL_SCOPES)
			.claim("oid", "' or 1 eq 1 or '")
			.claim("tid", TENANT));

		as(forged, request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:unauthorized"));

		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(API + ".*")))).isEmpty();
	}

	@Test
	void aTokenOfAnotherTenantIsRefusedBeforeDataverse() throws Exception {
		String foreign = TestIdentityProvider.token(claims -> claims.claim("scp", TestIdentityProvider.ALL_SCOPES)
			.claim("oid", objectId)
			.claim("tid", UUID.randomUUID().toString()));

		as(foreign, request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isUnauthorized());

		assertThat(DATAVERSE.findAll(anyRequestedFor(urlMatching(API + ".*")))).isEmpty();
	}

	// ---- Dataverse's refusals in words

	@Test
	void anApplicationUserThatMayNotImpersonateIs502AndReadinessStaysUp() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(
				dataverseError(403, "0x8004A110", "User does not have the privilege to act on behalf another user.")));

		asUser(request(HttpMethod.GET, "/api/v1/journeys/" + ID)).andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:impersonation-not-permitted"))
			.andExpect(jsonPath("$.dataverseCode").value("0x8004A110"));
		mvc.perform(request(HttpMethod.GET, "/actuator/health/readiness").with(TestIdentityProvider.withoutToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void aPrivilegeTheCallerLacksIs403NamingTheCallerWithDataversesCode() throws Exception {
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE)).willReturn(dataverseError(403, "0x80040220", "Principal user (Id="
				+ SYSTEM_USER + ", type=8, roleCount=1, privilegeCount=12, accessMode=0, businessUnitId=466f4ce8-5dcd-"
				+ "3fc8-a106-55220860e2f8), is missing prvWritemsdyncrm_customerjourney privilege (Id=0b3a0f7e-5b2c-"
				+ "3d3c-9a5e-2f1c0e6d7a11) on entity 'msdyncrm_customerjourney'.")));

		asUser(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"name\": \"New\"}").header("If-Match", "W/\"1001\""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:dataverse-user-forbidden"))
			.andExpect(jsonPath("$.dataverseCode").value("0x80040220"))
			.andExpect(jsonPath("$.detail").value(containsString("your Dataverse user")));
	}

	@Test
	void aPrivilegeTheApplicationUserLacksIs403NamingTheApplicationUser() throws Exception {
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE)).willReturn(dataverseError(403, "0x80040220",
				"Principal user (Id=" + APPLICATION_USER + ", type=8, roleCount=1, privilegeCount=12, accessMode=4, "
						+ "businessUnitId=5f1c4a2e-7d3b-4e9a-8c6f-1a2b3c4d5e6f), is missing "
						+ "prvWritemsdyncrm_customerjourney privilege.")));

		asUser(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"name\": \"New\"}").header("If-Match", "W/\"1001\""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:dataverse-forbidden"));
	}

}

package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline sends {@code CallerObjectId} on every attempt of a call made inside a
 * {@link DataverseCaller} scope, and never on the token request.
 */
class CallerObjectIdTest {

	private static final UUID OBJECT_ID = UUID.fromString("867ff914-b499-384c-bc21-eead00c0eb31");

	private static final String WHO_AM_I = DataverseClientFixture.API + "/WhoAmI()";

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	private DataverseClient client;

	@BeforeEach
	void setUp() {
		fixture.stubToken("token");
		client = fixture.client();
	}

	@AfterEach
	void tearDown() {
		fixture.close();
	}

	@Test
	void everyAttemptOfACallInsideTheScopeCarriesTheObjectIdButNotTheTokenRequest() {
		fixture.server.stubFor(get(urlPathEqualTo(WHO_AM_I)).inScenario("401 once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(401))
			.willSetStateTo("renewed"));
		fixture.server.stubFor(get(urlPathEqualTo(WHO_AM_I)).inScenario("401 once")
			.whenScenarioStateIs("renewed")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));

		try (DataverseCaller.Scope ignored = DataverseCaller.actAs(OBJECT_ID)) {
			client.whoAmI();
		}

		fixture.server.verify(2,
				getRequestedFor(urlPathEqualTo(WHO_AM_I)).withHeader("CallerObjectId", equalTo(OBJECT_ID.toString())));
		fixture.server.verify(2, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)));
		fixture.server.verify(0, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH))
			.withHeader("CallerObjectId", equalTo(OBJECT_ID.toString())));
	}

	@Test
	void aCallOutsideAnyScopeActsAsTheApplicationUser() {
		fixture.server.stubFor(get(urlPathEqualTo(WHO_AM_I))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));

		client.whoAmI();

		fixture.server.verify(getRequestedFor(urlPathEqualTo(WHO_AM_I)).withHeader("CallerObjectId", absent()));
	}

	@Test
	void theScopeEndsWhenClosedAndRestoresTheOuterOne() {
		UUID outer = UUID.randomUUID();
		try (DataverseCaller.Scope ignoredOuter = DataverseCaller.actAs(outer)) {
			try (DataverseCaller.Scope ignored = DataverseCaller.asApplicationUser()) {
				assertThat(DataverseCaller.current()).isNull();
			}
			assertThat(DataverseCaller.current()).isEqualTo(outer);
		}
		assertThat(DataverseCaller.current()).isNull();
	}

}

package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataverseUsersTest {

	private static final String USERS = DataverseClientFixture.API + "/systemusers";

	private static final UUID OBJECT_ID = UUID.fromString("867ff914-b499-384c-bc21-eead00c0eb31");

	private static final UUID SYSTEM_USER = UUID.fromString("3a132040-3f3a-374d-83c8-6907e250c66d");

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	private DataverseUsers users;

	@BeforeEach
	void setUp() {
		fixture.stubToken("token");
		users = new DataverseUsers(fixture.client(), fixture.clock, Duration.ofMinutes(5), 3);
	}

	@AfterEach
	void tearDown() {
		fixture.close();
	}

	private void userExists(UUID objectId, UUID systemUserId, boolean disabled) {
		fixture.server.stubFor(get(urlPathEqualTo(USERS))
			.withQueryParam("$filter", equalTo("azureactivedirectoryobjectid eq " + objectId))
			.willReturn(json("{\"value\":[{\"systemuserid\":\"" + systemUserId
					+ "\",\"fullname\":\"Adele Vance\",\"isdisabled\":" + disabled + "}]}")));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private int lookUps() {
		return fixture.server.findAll(getRequestedFor(urlPathEqualTo(USERS))).size();
	}

	@Test
	void findsTheUserByItsEntraObjectIdAsTheApplicationUser() {
		userExists(OBJECT_ID, SYSTEM_USER, false);

		Optional<DataverseUser> user;
		try (DataverseCaller.Scope ignored = DataverseCaller.actAs(OBJECT_ID)) {
			user = users.byObjectId(OBJECT_ID);
		}

		assertThat(user).contains(new DataverseUser(SYSTEM_USER, "Adele Vance", false));
		fixture.server.verify(getRequestedFor(urlPathEqualTo(USERS))
			.withQueryParam("$select", equalTo("systemuserid,fullname,isdisabled"))
			.withQueryParam("$filter", equalTo("azureactivedirectoryobjectid eq " + OBJECT_ID))
			.withQueryParam("$top", equalTo("1"))
			.withHeader(DataverseCaller.CALLER_OBJECT_ID, absent()));
	}

	@Test
	void saysWhenTheUserIsDisabled() {
		userExists(OBJECT_ID, SYSTEM_USER, true);

		assertThat(users.byObjectId(OBJECT_ID)).hasValueSatisfying(user -> assertThat(user.disabled()).isTrue());
	}

	@Test
	void anObjectIdWithoutAUserIsEmpty() {
		fixture.server.stubFor(get(urlPathEqualTo(USERS)).willReturn(json("{\"value\":[]}")));

		assertThat(users.byObjectId(OBJECT_ID)).isEmpty();
	}

	@Test
	void keepsTheAnswerForItsTimeToLiveThenAsksAgain() {
		userExists(OBJECT_ID, SYSTEM_USER, false);

		users.byObjectId(OBJECT_ID);
		fixture.clock.advance(Duration.ofMinutes(4));
		users.byObjectId(OBJECT_ID);
		assertThat(lookUps()).isEqualTo(1);

		fixture.clock.advance(Duration.ofMinutes(1));
		users.byObjectId(OBJECT_ID);
		assertThat(lookUps()).isEqualTo(2);
	}

	@Test
	void keepsThatThereIsNoUserToo() {
		fixture.server.stubFor(get(urlPathEqualTo(USERS)).willReturn(json("{\"value\":[]}")));

		users.byObjectId(OBJECT_ID);
		users.byObjectId(OBJECT_ID);

		assertThat(lookUps()).isEqualTo(1);
	}

	@Test
	void aFailedLookUpIsNotKept() {
		fixture.server.stubFor(get(urlPathEqualTo(USERS)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":\"0x80060888\",\"message\":\"bad\"}}")));

		assertThatThrownBy(() -> users.byObjectId(OBJECT_ID)).isInstanceOf(DataverseException.class);
		assertThatThrownBy(() -> users.byObjectId(OBJECT_ID)).isInstanceOf(DataverseException.class);

		assertThat(lookUps()).isEqualTo(2);
	}

	@Test
	void concurrentRequestsOfOneCallerShareOneLookUp() throws Exception {
		fixture.server.stubFor(get(urlPathEqualTo(USERS)).willReturn(json(
				"{\"value\":[{\"systemuserid\":\"" + SYSTEM_USER + "\",\"fullname\":\"Adele\",\"isdisabled\":false}]}")
			.withFixedDelay(300)));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Optional<DataverseUser>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> users.byObjectId(OBJECT_ID)));
			}
			for (Future<Optional<DataverseUser>> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isPresent();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(lookUps()).isEqualTo(1);
	}

	@Test
	void keepsNoMoreCallersThanItsBound() {
		fixture.server.stubFor(get(urlPathEqualTo(USERS)).willReturn(json("{\"value\":[]}")));

		for (int i = 0; i < 10; i++) {
			users.byObjectId(UUID.randomUUID());
		}

		assertThat(users.size()).isLessThanOrEqualTo(4); // the bound, and the one being
															// looked up
	}

}

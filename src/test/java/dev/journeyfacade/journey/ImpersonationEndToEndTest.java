package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmbeddedEmulator;
import dev.dataverseemulator.security.Directory;
import dev.journeyfacade.LocalDataverseEmulator;
import dev.journeyfacade.TestIdentityProvider;
import java.net.http.HttpClient;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Impersonation end to end: the facade with authentication on (tokens of
 * {@link TestIdentityProvider} carrying the seeded users' object ids) and
 * {@code dataverse.impersonation.mode=caller}, against the emulator, whose privilege
 * model decides as Dataverse would: what each user may do is what their roles allow, and
 * the records name them and the application user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "auth.enabled=true", "dataverse.impersonation.mode=caller",
				"journey.outbound.probe-interval=0" })
@ActiveProfiles("local")
@Import(LocalDataverseEmulator.class)
class ImpersonationEndToEndTest {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedEmulator emulator;

	private RestClient http;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		TestIdentityProvider.register(registry);
	}

	@BeforeEach
	void client() {
		http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	private static String tokenOf(UUID systemUserId) {
		return tokenOfObjectId(Directory.objectIdOf(systemUserId));
	}

	private static String tokenOfObjectId(UUID objectId) {
		return TestIdentityProvider
			.token(claims -> claims.claim("scp", TestIdentityProvider.ALL_SCOPES).claim("oid", objectId.toString()));
	}

	private ResponseEntity<String> call(String token, HttpMethod method, String uri, String json) {
		RestClient.RequestBodySpec request = http.method(method)
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return request.retrieve().toEntity(String.class);
	}

	private static JsonNode body(ResponseEntity<String> response) {
		return JourneyEndToEndTest.JSON.readTree(response.getBody());
	}

	private String createdAs(UUID user, String name) {
		ResponseEntity<String> created = call(tokenOf(user), HttpMethod.POST, "/api/v1/journeys",
				"{\"name\": \"" + name + "\"}");
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath();
	}

	@Test
	void aUserWithoutWritePrivilegeGets403OnPatchWhileAnotherSucceeds() {
		String journey = createdAs(Directory.SAMPLE_USER, "Impersonated edits " + UUID.randomUUID());

		ResponseEntity<String> refused = call(tokenOf(Directory.MEGAN), HttpMethod.PATCH, journey,
				"{\"name\": \"Megan's edit\"}");
		ResponseEntity<String> accepted = call(tokenOf(Directory.ALEX), HttpMethod.PATCH, journey,
				"{\"name\": \"Alex's edit " + UUID.randomUUID() + "\"}");

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(body(refused).path("type").asString())
			.isEqualTo("urn:journey-facade:problem:dataverse-user-forbidden");
		assertThat(body(refused).path("dataverseCode").asString()).isEqualToIgnoringCase("0x80040220");
		assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
	}

	@Test
	void theRecordNamesTheUserAndTheApplicationUserActingOnTheirBehalf() {
		String journey = createdAs(Directory.SAMPLE_USER, "Audited " + UUID.randomUUID());
		assertThat(
				call(tokenOf(Directory.ALEX), HttpMethod.PATCH, journey, "{\"timeZone\": 92}").getStatusCode().value())
			.isEqualTo(200);

		JsonNode read = body(call(tokenOf(Directory.MEGAN), HttpMethod.GET, journey, null));

		assertThat(read.path("createdBy").path("id").asString()).isEqualTo(Directory.SAMPLE_USER.toString());
		assertThat(read.path("createdBy").path("name").asString()).isEqualTo("Marketing Admin (sample)");
		assertThat(read.path("createdOnBehalfBy").path("id").asString())
			.isEqualTo(Directory.APPLICATION_USER.toString());
		assertThat(read.path("modifiedBy").path("id").asString()).isEqualTo(Directory.ALEX.toString());
		assertThat(read.path("modifiedBy").path("name").asString()).isEqualTo("Alex Wilber (sample, does not publish)");
		assertThat(read.path("modifiedOnBehalfBy").path("id").asString())
			.isEqualTo(Directory.APPLICATION_USER.toString());
	}

	@Test
	void aUserWhoMayNotPublishIsRefusedByDataverse() {
		String journey = createdAs(Directory.ALEX, "Not published by Alex " + UUID.randomUUID());

		ResponseEntity<String> refused = call(tokenOf(Directory.ALEX), HttpMethod.POST, journey + "/publish", null);

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
		assertThat(body(refused).path("type").asString())
			.isEqualTo("urn:journey-facade:problem:dataverse-user-forbidden");
	}

	@Test
	void aSignInWithoutADataverseUserIsRefusedBeforeAnyJourneyCall() {
		long journeyCalls = requestsTo("msdyncrm_customerjourneys");
		long lookUps = requestsTo("systemusers");

		ResponseEntity<String> refused = call(tokenOfObjectId(UUID.randomUUID()), HttpMethod.GET, "/api/v1/journeys",
				null);

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(body(refused).path("type").asString()).isEqualTo("urn:journey-facade:problem:no-dataverse-user");
		assertThat(requestsTo("systemusers") - lookUps).isEqualTo(1);
		assertThat(requestsTo("msdyncrm_customerjourneys")).isEqualTo(journeyCalls);
	}

	private long requestsTo(String entitySet) {
		ResponseEntity<String> stats = http.get()
			.uri(emulator.url() + "/_emulator/stats")
			.retrieve()
			.toEntity(String.class);
		return JourneyEndToEndTest.JSON.readTree(stats.getBody()).path("byEntitySet").path(entitySet).asLong();
	}

}

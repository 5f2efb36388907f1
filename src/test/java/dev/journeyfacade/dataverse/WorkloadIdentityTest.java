package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import dev.dataverseemulator.EmbeddedEmulator;
import dev.dataverseemulator.WorkloadTokens;
import dev.testsupport.TokenEndpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.netty.resources.ConnectionProvider;

/**
 * Entra Workload ID instead of a client secret: the federated token in the file AKS
 * mounts is the client assertion of the client-credentials request, read anew when the
 * kubelet has rotated it; single flight and the cache are the secret's.
 */
class WorkloadIdentityTest {

	private static final RSAKey KEY = WorkloadTokens.key("workload");

	private static EmbeddedEmulator emulator;

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	private final ConnectionProvider pool = ConnectionProvider.builder("workload-identity").build();

	@TempDir
	Path tokens;

	@BeforeAll
	static void startEmulator() {
		emulator = EmbeddedEmulator.start(Map.of());
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@AfterEach
	void close() {
		fixture.close();
		pool.dispose();
	}

	@Test
	void sendsTheFederatedTokenAsAJwtBearerClientAssertionAndNoSecret() throws IOException {
		Path file = write("the-federated-token");
		fixture.server
			.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).willReturn(TokenEndpoint.issues("t")));

		tokenProvider(file).token();

		fixture.server.verify(postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH))
			.withRequestBody(containing("grant_type=client_credentials"))
			.withRequestBody(containing("client_id=" + DataverseClientFixture.CLIENT_ID))
			.withRequestBody(containing("client_assertion_type=" + URLEncoder
				.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)))
			.withRequestBody(containing("client_assertion=the-federated-token"))
			.withRequestBody(notContaining("client_secret")));
	}

	@Test
	void aRotatedTokenFileIsReadAgainForTheNextTokenRequest() throws IOException {
		Path file = write("before-the-rotation");
		fixture.server
			.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).willReturn(TokenEndpoint.issues("t")));
		DataverseTokenProvider provider = tokenProvider(file);
		String first = provider.token();

		write("after-the-rotation"); // the kubelet replaces the projected token
		provider.invalidate(first); // as a 401 or the end of the token's life does
		provider.token();

		fixture.server.verify(1, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH))
			.withRequestBody(containing("client_assertion=before-the-rotation")));
		fixture.server.verify(1, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH))
			.withRequestBody(containing("client_assertion=after-the-rotation")));
	}

	@Test
	void anUnreadableTokenFileFailsTheTokenRequestNamingTheFileNotItsContent() {
		Path missing = tokens.resolve("azure-identity-token");

		assertThatThrownBy(() -> tokenProvider(missing).token()).isInstanceOfSatisfying(DataverseException.class, e -> {
			assertThat(e.kind()).isEqualTo(DataverseException.Kind.AUTHENTICATION);
			assertThat(e.getMessage()).contains(missing.toString());
		});
		fixture.server.verify(0, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)));
	}

	@Test
	void theEmulatorsTokenEndpointAcceptsTheAssertionOfItsFederatedCredentialAndDataverseAnswers() throws IOException {
		Path file = write(WorkloadTokens.assertion(KEY, WorkloadTokens.ISSUER, WorkloadTokens.SUBJECT,
				WorkloadTokens.AUDIENCE, Instant.now().plus(1, ChronoUnit.HOURS)));

		DataversePage<Segment> segments = fixture.client(atTheEmulator(file))
			.list("msdyncrm_segments", ODataQuery.select("msdyncrm_segmentname"), 5, Segment.class);

		assertThat(segments.items()).isNotEmpty();
	}

	@Test
	void theEmulatorRefusesAnAssertionOfAnotherServiceAccountAndTheFailureIsAnAuthenticationOne() throws IOException {
		try (EmbeddedEmulator emulator = EmbeddedEmulator.start(Map.of())) {
			Path file = write(
					WorkloadTokens.assertion(KEY, WorkloadTokens.ISSUER, "system:serviceaccount:default:someone-else",
							WorkloadTokens.AUDIENCE, Instant.now().plus(1, ChronoUnit.HOURS)));
			DataverseProperties properties = fixture.workloadIdentity(file, URI.create(emulator.url()),
					URI.create(emulator.tokenUri()), emulator.tenantId(), emulator.clientId());

			assertThatThrownBy(() -> fixture.client(properties)
				.list("msdyncrm_segments", ODataQuery.select("msdyncrm_segmentname"), 5, Segment.class))
				.isInstanceOfSatisfying(DataverseException.class, e -> {
					assertThat(e.kind()).isEqualTo(DataverseException.Kind.AUTHENTICATION);
					assertThat(e.status()).isEqualTo(401); // refused: an operator's fix
				});
		}
	}

	record Segment(String msdyncrm_segmentname) {
	}

	private DataverseProperties atTheEmulator(Path file) {
		return fixture.workloadIdentity(file, URI.create(emulator.url()), URI.create(emulator.tokenUri()),
				emulator.tenantId(), emulator.clientId());
	}

	private DataverseTokenProvider tokenProvider(Path file) {
		DataverseProperties properties = fixture.workloadIdentity(file, URI.create(fixture.server.baseUrl()),
				URI.create(fixture.server.baseUrl() + DataverseClientFixture.TOKEN_PATH), DataverseClientFixture.TENANT,
				DataverseClientFixture.CLIENT_ID);
		return DataverseClientConfiguration.tokenProvider(properties,
				DataverseClientConfiguration.connector(properties, pool), fixture.clock,
				new DataverseMetrics(new SimpleMeterRegistry()));
	}

	private Path write(String assertion) throws IOException {
		return Files.writeString(tokens.resolve("azure-identity-token"), assertion + "\n");
	}

}

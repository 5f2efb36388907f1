package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import dev.dataverseemulator.EmulatorClient.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The token endpoint: client credentials by secret or by a federated credential's
 * assertion, answered like Entra ID.
 */
class TokenEndpointTest extends EmulatorHttpTest {

	private static final RSAKey KEY = WorkloadTokens.key("workload-1");

	private String assertionForm(String assertion) {
		return "grant_type=client_credentials&client_id=" + EmulatorClient.CLIENT_ID + "&client_assertion_type="
				+ EmulatorClient.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer") + "&client_assertion="
				+ assertion + "&scope=" + EmulatorClient.encode(client.origin() + "/.default");
	}

	private String assertion(String issuer, String subject, String audience, Duration validFor) {
		return WorkloadTokens.assertion(KEY, issuer, subject, audience, clock.instant().plus(validFor));
	}

	private String validAssertion(Duration validFor) {
		return assertion(WorkloadTokens.ISSUER, WorkloadTokens.SUBJECT, WorkloadTokens.AUDIENCE, validFor);
	}

	private static String aadsts(Reply reply) {
		String description = reply.body().get("error_description").asString();
		return description.substring(0, description.indexOf(':'));
	}

	private String form(String secret) {
		return "grant_type=client_credentials&client_id=" + EmulatorClient.CLIENT_ID + "&client_secret=" + secret
				+ "&scope=" + EmulatorClient.encode(client.origin() + "/.default");
	}

	@Test
	void issuesABearerTokenForTheConfiguredClient() {
		Reply reply = client.token(EmulatorClient.TENANT, form(EmulatorClient.CLIENT_SECRET), null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("token_type").asString()).isEqualTo("Bearer");
		assertThat(reply.body().get("expires_in").asLong()).isEqualTo(3600);
		assertThat(reply.body().get("access_token").asString()).hasSizeGreaterThan(30);
		assertThat(reply.header("Cache-Control")).contains("no-store");
	}

	@Test
	void acceptsHttpBasicClientAuthentication() {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(
					(EmulatorClient.CLIENT_ID + ":" + EmulatorClient.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		Reply reply = client.token(EmulatorClient.TENANT,
				"grant_type=client_credentials&scope=" + EmulatorClient.encode(client.origin() + "/.default"), basic);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().has("access_token")).isTrue();
	}

	@Test
	void refusesAWrongSecretLikeEntraIdWithoutEchoingIt() {
		Reply reply = client.token(EmulatorClient.TENANT, form("guessed-secret"), null);

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.body().get("error").asString()).isEqualTo("invalid_client");
		assertThat(reply.body().get("error_description").asString()).startsWith("AADSTS7000215");
		assertThat(reply.text()).doesNotContain("guessed-secret");
	}

	@Test
	void refusesAnUnknownTenantAndAScopeWithoutDotDefault() {
		assertThat(client.token("other-tenant", form(EmulatorClient.CLIENT_SECRET), null).status()).isEqualTo(400);
		Reply scope = client.token(EmulatorClient.TENANT,
				form(EmulatorClient.CLIENT_SECRET).replace(EmulatorClient.encode("/.default"), ""), null);
		assertThat(scope.status()).isEqualTo(400);
		assertThat(scope.body().get("error").asString()).isEqualTo("invalid_scope");
	}

	@Test
	void dataverseCallsWithoutATokenAnswer401InDataverseShape() {
		client.useToken(null);
		Reply reply = client.get(client.api(JOURNEYS));

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.body().path("error").has("code")).isTrue();
		assertThat(reply.body().path("error").path("message").asString()).contains("bearer token");
		assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer authorization_uri=");
		assertThat(reply.header("x-ms-service-request-id")).matches("[0-9a-f-]{36}");
	}

	@Test
	void anUnknownTokenIsRefused() {
		client.useToken("not-a-token-the-emulator-issued");
		assertThat(client.get(client.api(JOURNEYS)).status()).isEqualTo(401);
	}

	@Test
	void anExpiredTokenIsRefused() {
		assertThat(client.get(client.api(JOURNEYS)).status()).isEqualTo(200);
		clock.advance(Duration.ofSeconds(3600));
		assertThat(client.get(client.api(JOURNEYS)).status()).isEqualTo(401);
	}

	@Test
	void tokenRequestsAreNeverThrottled() {
		client.patch(client.origin() + "/_emulator/throttling", "{\"random\":{\"share\":1.0,\"retryAfterSeconds\":3}}");

		assertThat(client.get(client.api(JOURNEYS)).status()).isEqualTo(429);
		assertThat(client.token(EmulatorClient.TENANT, form(EmulatorClient.CLIENT_SECRET), null).status())
			.isEqualTo(200);
	}

	@Test
	void acceptsAClientAssertionOfAFederatedCredentialAndTheNextOneWhenItRotates() {
		Reply first = client.token(EmulatorClient.TENANT, assertionForm(validAssertion(Duration.ofHours(1))), null);
		clock.advance(Duration.ofMinutes(50)); // the kubelet writes a new token before
												// the old one expires
		Reply second = client.token(EmulatorClient.TENANT, assertionForm(validAssertion(Duration.ofHours(1))), null);

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(second.status()).as(second.text()).isEqualTo(200);
		assertThat(second.body().get("access_token").asString())
			.isNotEqualTo(first.body().get("access_token").asString());
		client.useToken(second.body().get("access_token").asString());
		assertThat(client.get(client.api("WhoAmI()")).status()).isEqualTo(200);
	}

	@Test
	void anExpiredAssertionIsRefusedAsOutsideItsValidTimeRange() {
		String assertion = validAssertion(Duration.ofMinutes(10));
		clock.advance(Duration.ofMinutes(10));

		Reply reply = client.token(EmulatorClient.TENANT, assertionForm(assertion), null);

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.body().get("error").asString()).isEqualTo("invalid_client");
		assertThat(aadsts(reply)).isEqualTo("AADSTS700024");
	}

	@Test
	void anAssertionOfAnotherIssuerSubjectOrAudienceMatchesNoFederatedCredential() {
		Reply issuer = client.token(EmulatorClient.TENANT, assertionForm(assertion("https://other.example/",
				WorkloadTokens.SUBJECT, WorkloadTokens.AUDIENCE, Duration.ofHours(1))), null);
		Reply subject = client.token(
				EmulatorClient.TENANT, assertionForm(assertion(WorkloadTokens.ISSUER,
						"system:serviceaccount:default:Journey-Facade", WorkloadTokens.AUDIENCE, Duration.ofHours(1))),
				null);
		Reply audience = client.token(EmulatorClient.TENANT,
				assertionForm(
						assertion(WorkloadTokens.ISSUER, WorkloadTokens.SUBJECT, "api://other", Duration.ofHours(1))),
				null);

		assertThat(aadsts(issuer)).isEqualTo("AADSTS700211");
		assertThat(aadsts(subject)).isEqualTo("AADSTS700213"); // subjects match
																// case-sensitively
		assertThat(subject.body().get("error_description").asString())
			.contains("presented assertion subject 'system:serviceaccount:default:Journey-Facade'");
		assertThat(aadsts(audience)).isEqualTo("AADSTS700212");
		assertThat(issuer.status()).isEqualTo(401);
	}

	@Test
	void anUnsignedOrMalformedAssertionIsRefused() {
		String unsigned = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
				+ "."
				+ Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(("{\"iss\":\"" + WorkloadTokens.ISSUER + "\"}").getBytes(StandardCharsets.UTF_8))
				+ ".";

		Reply none = client.token(EmulatorClient.TENANT, assertionForm(unsigned), null);
		Reply garbage = client.token(EmulatorClient.TENANT, assertionForm("not-a-jwt"), null);

		assertThat(none.status()).isEqualTo(400);
		assertThat(aadsts(none)).isEqualTo("AADSTS50027");
		assertThat(aadsts(garbage)).isEqualTo("AADSTS50027");
	}

	@Test
	void aSecretAndAnAssertionTogetherAreRefused() {
		Reply reply = client.token(EmulatorClient.TENANT,
				assertionForm(validAssertion(Duration.ofHours(1))) + "&client_secret=" + EmulatorClient.CLIENT_SECRET,
				null);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void anAssertionOfAnotherTypeIsRefused() {
		Reply reply = client.token(EmulatorClient.TENANT, assertionForm(validAssertion(Duration.ofHours(1)))
			.replace(EmulatorClient.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), "saml"), null);

		assertThat(reply.status()).isEqualTo(400);
	}

	@Test
	void neitherSecretNorAssertionIsRefusedAsEntraIdDoes() {
		Reply reply = client.token(EmulatorClient.TENANT, "grant_type=client_credentials&client_id="
				+ EmulatorClient.CLIENT_ID + "&scope=" + EmulatorClient.encode(client.origin() + "/.default"), null);

		assertThat(reply.status()).isEqualTo(401);
		assertThat(aadsts(reply)).isEqualTo("AADSTS7000218");
	}

	@Test
	void theAssertionIsNeverEchoed() {
		String assertion = assertion("https://other.example/", WorkloadTokens.SUBJECT, WorkloadTokens.AUDIENCE,
				Duration.ofHours(1));

		assertThat(client.token(EmulatorClient.TENANT, assertionForm(assertion), null).text())
			.doesNotContain(assertion);
	}

}

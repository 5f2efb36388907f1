package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenEndpointTest extends EmulatorHttpTest {

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
        String basic = "Basic " + Base64.getEncoder().encodeToString(
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
        Reply scope = client.token(EmulatorClient.TENANT, form(EmulatorClient.CLIENT_SECRET)
                .replace(EmulatorClient.encode("/.default"), ""), null);
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
        assertThat(client.token(EmulatorClient.TENANT, form(EmulatorClient.CLIENT_SECRET), null).status()).isEqualTo(200);
    }
}

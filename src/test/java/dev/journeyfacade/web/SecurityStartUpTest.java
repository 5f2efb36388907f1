package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import dev.journeyfacade.TestIdentityProvider;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Start-up rules: outside the {@code local} profile the service refuses to start without
 * a way to check tokens, naming the variables to set; only {@code local} may switch
 * authentication off, and it says so loudly.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityStartUpTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(SecurityConfiguration.class);

	@Test
	void refusesToStartWithoutIssuerOrJwkSetAndNamesBothVariables() {
		runner.withPropertyValues("auth.audience=api://journey-facade")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("AUTH_ISSUER_URI")
				.hasMessageContaining("AUTH_JWK_SET_URI"));
	}

	@Test
	void emptyVariablesCountAsUnset() {
		runner.withPropertyValues("auth.issuer-uri=", "auth.jwk-set-uri=", "auth.audience=api://journey-facade")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("AUTH_ISSUER_URI"));
	}

	@Test
	void refusesToStartWithoutAnAudience() {
		runner.withPropertyValues("auth.issuer-uri=https://login.microsoftonline.com/contoso/v2.0")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("AUTH_AUDIENCE"));
	}

	@Test
	void refusesToSwitchAuthenticationOffOutsideTheLocalProfile() {
		runner.withPropertyValues("auth.enabled=false", "spring.profiles.active=prod")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("only in the local profile"));
	}

	@Test
	void refusesAWildcardCorsOrigin() {
		runner
			.withPropertyValues("auth.issuer-uri=https://login.microsoftonline.com/contoso/v2.0",
					"auth.audience=api://journey-facade", "auth.cors.allowed-origins=*")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("AUTH_CORS_ALLOWED_ORIGINS"));
	}

	@Test
	void startsWithTheIssuerAloneWithoutContactingTheIdentityProvider() {
		// Nothing listens on port 9 of 127.0.0.1: discovery must wait for the first
		// token.
		runner
			.withPropertyValues("auth.issuer-uri=http://127.0.0.1:9/tenant/v2.0", "auth.audience=api://journey-facade")
			.run(context -> assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
	}

	@Test
	void withTheIssuerAloneTheKeysAreDiscoveredOnTheFirstToken() {
		String issuer = TestIdentityProvider.discoverableIssuer();
		runner.withPropertyValues("auth.issuer-uri=" + issuer, "auth.audience=" + TestIdentityProvider.AUDIENCE)
			.run(context -> {
				JwtDecoder decoder = context.getBean(JwtDecoder.class);
				String token = TestIdentityProvider
					.token(claims -> claims.issuer(issuer).claim("scp", "journeys.read"));

				assertThat(decoder.decode(token).getClaimAsString("scp")).isEqualTo("journeys.read");
				assertThatThrownBy(() -> decoder.decode(TestIdentityProvider.tokenWithScopes("journeys.read")))
					.as("a token of another issuer")
					.isInstanceOf(JwtException.class);
			});
	}

	@Test
	void acceptsSeveralAudiencesCommaSeparated() {
		runner
			.withPropertyValues("auth.jwk-set-uri=http://127.0.0.1:9/keys",
					"auth.audience=api://journey-facade, 0000-client-id")
			.run(context -> assertThat(context.getBean(AuthProperties.class).audiences())
				.containsExactly("api://journey-facade", "0000-client-id"));
	}

	@Test
	void theEnvironmentVariablesOfTheReadmeBind() {
		Map<String, Object> variables = Map.of("AUTH_ISSUER_URI", "https://login.microsoftonline.com/contoso/v2.0",
				"AUTH_JWK_SET_URI", "https://login.microsoftonline.com/contoso/discovery/v2.0/keys", "AUTH_AUDIENCE",
				"11111111-2222-3333-4444-555555555555,api://journey-facade", "AUTH_CORS_ALLOWED_ORIGINS",
				"https://journeys.example.com,http://localhost:5173", "AUTH_SWAGGER_UI_SCOPE_PREFIX",
				"api://journey-facade/");
		runner
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
			.run(context -> {
				AuthProperties auth = context.getBean(AuthProperties.class);
				assertThat(auth.jwkSetUri()).hasPath("/contoso/discovery/v2.0/keys");
				assertThat(auth.audiences()).containsExactly("11111111-2222-3333-4444-555555555555",
						"api://journey-facade");
				assertThat(auth.cors().allowedOrigins()).containsExactly("https://journeys.example.com",
						"http://localhost:5173");
				assertThat(auth.swaggerUi().scopePrefix()).isEqualTo("api://journey-facade/");
			});
	}

	@Test
	void theLocalProfileMaySwitchAuthenticationOffAndWarnsLoudly(CapturedOutput output) {
		runner.withPropertyValues("auth.enabled=false", "spring.profiles.active=local").run(context -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(JwtDecoder.class);
			assertThat(output).contains("WARN").contains("INBOUND AUTHENTICATION IS OFF");
			MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
			// Past security: no controller in this context, so 404 rather than 401.
			assertThat(mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post("/api/v1/journeys/" + "6f1c9b1e-3a56-4c7e-9d2f-0b8a7c6d5e4f" + "/publish"))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
		});
	}

	@Test
	void derivesSwaggerUisEndpointsFromAnEntraIdIssuer() {
		runner
			.withPropertyValues("auth.issuer-uri=https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0",
					"auth.audience=api://journey-facade")
			.run(context -> {
				AuthProperties auth = context.getBean(AuthProperties.class);
				assertThat(auth.effectiveAuthorizationUri()).isEqualTo(
						URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
				assertThat(auth.effectiveTokenUri()).isEqualTo(
						URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
			});
	}

	@Test
	void derivesNoSwaggerUiEndpointsForAnotherIdentityProvider() {
		runner
			.withPropertyValues("auth.issuer-uri=https://keycloak.example.com/realms/marketing",
					"auth.audience=journey-facade")
			.run(context -> assertThat(context.getBean(AuthProperties.class).effectiveAuthorizationUri()).isNull());
	}

}

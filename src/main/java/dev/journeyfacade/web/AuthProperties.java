package dev.journeyfacade.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Inbound authentication of the API's callers, bound from {@code auth.*} (environment
 * variables {@code AUTH_ISSUER_URI}, {@code AUTH_JWK_SET_URI}, {@code AUTH_AUDIENCE}, …
 * by relaxed binding). Which combinations may start is decided by
 * {@link #startUpProblems(boolean)}: outside the {@code local} profile the service
 * refuses to start without an issuer or JWK set, or without an audience.
 *
 * @param enabled {@code false} switches authentication off; honoured in the {@code local}
 * profile only
 * @param issuerUri the identity provider's issuer, e.g.
 * {@code https://login.microsoftonline.com/{tenant}/v2.0}; the {@code iss} claim must
 * equal it, and without a JWK set URI its keys are discovered from its OpenID
 * configuration (on the first request, not at start-up)
 * @param jwkSetUri where the signing keys are; when the issuer is set too, no discovery
 * is made
 * @param audience accepted {@code aud} values, comma-separated (a token must carry one of
 * them): for Entra ID the API's application (client) id for v2 tokens, its App ID URI
 * ({@code api://…}) for v1 tokens
 * @param scopeClaim claim holding delegated permissions, space-separated ({@code scp} in
 * Entra ID)
 * @param rolesClaim claim holding application permissions (app roles), an array
 * ({@code roles} in Entra ID)
 * @param cors which browser origins may call the API
 * @param swaggerUi how Swagger UI obtains a token (OAuth2 authorization code with PKCE)
 * @param tenantId when set, a token's {@code tid} claim must equal it (an Entra ID tenant
 * id): with a multi-tenant issuer, tokens of other tenants are refused
 */
@Validated
@ConfigurationProperties("auth")
public record AuthProperties(@DefaultValue("true") boolean enabled, @Nullable URI issuerUri, @Nullable URI jwkSetUri,
		@DefaultValue List<String> audience, @DefaultValue("scp") @NotBlank String scopeClaim,
		@DefaultValue("roles") @NotBlank String rolesClaim, @DefaultValue @Valid Cors cors,
		@DefaultValue @Valid SwaggerUi swaggerUi, @Nullable String tenantId) {

	/**
	 * @param allowedOrigins exact origins ({@code https://app.example.com}) allowed to
	 * call {@code /api/**} from a browser; none by default, and {@code *} is refused
	 * @param maxAge how long a browser may cache a preflight answer
	 */
	public record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") @NotNull Duration maxAge) {
	}

	/**
	 * @param authorizationUri the identity provider's authorization endpoint; derived for
	 * an Entra ID issuer
	 * @param tokenUri its token endpoint; derived for an Entra ID issuer
	 * @param scopePrefix what the identity provider puts before a scope name when a
	 * client asks for it, e.g. {@code api://journey-facade/} (Entra ID); the token's
	 * {@code scp} carries the bare name
	 */
	public record SwaggerUi(@Nullable URI authorizationUri, @Nullable URI tokenUri,
			@DefaultValue("") String scopePrefix) {
	}

	private static final String ENTRA_HOST = "login.microsoftonline.com";

	/**
	 * What stops start-up, each naming the variable to set; empty when this configuration
	 * may start.
	 */
	List<String> startUpProblems(boolean localProfile) {
		List<String> problems = new ArrayList<>();
		if (!enabled) {
			if (!localProfile) {
				problems.add("auth.enabled=false (AUTH_ENABLED) is honoured only in the local profile: this service "
						+ "holds a Dataverse user that can publish journeys, so it never runs open elsewhere");
			}
			return problems;
		}
		if (issuerUri == null && jwkSetUri == null) {
			problems.add("set AUTH_ISSUER_URI (auth.issuer-uri, e.g. https://login.microsoftonline.com/{tenant}/v2.0) "
					+ "or AUTH_JWK_SET_URI (auth.jwk-set-uri): without them no caller's token can be checked");
		}
		if (audiences().isEmpty()) {
			problems.add("set AUTH_AUDIENCE (auth.audience): the API's client id or App ID URI, so that tokens "
					+ "issued for other applications of the same identity provider are refused");
		}
		for (String origin : cors.allowedOrigins()) {
			if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
				problems.add("AUTH_CORS_ALLOWED_ORIGINS (auth.cors.allowed-origins) must list exact origins such as "
						+ "https://app.example.com (no wildcard, path or trailing slash); got '" + origin + "'");
			}
		}
		return problems;
	}

	/** The accepted audiences, blanks dropped. */
	List<String> audiences() {
		return audience.stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
	}

	/**
	 * Swagger UI's authorization endpoint: configured, or Entra ID's for an Entra ID
	 * issuer; null when unknown.
	 */
	@Nullable URI effectiveAuthorizationUri() {
		return swaggerUi.authorizationUri() != null ? swaggerUi.authorizationUri() : entraEndpoint("authorize");
	}

	/**
	 * Swagger UI's token endpoint: configured, or Entra ID's for an Entra ID issuer; null
	 * when unknown.
	 */
	@Nullable URI effectiveTokenUri() {
		return swaggerUi.tokenUri() != null ? swaggerUi.tokenUri() : entraEndpoint("token");
	}

	// https://login.microsoftonline.com/{tenant}/v2.0 →
	// https://login.microsoftonline.com/{tenant}/oauth2/v2.0/{endpoint}
	private URI entraEndpoint(String endpoint) {
		if (issuerUri == null || !ENTRA_HOST.equalsIgnoreCase(issuerUri.getHost())) {
			return null;
		}
		String[] segments = issuerUri.getPath().replaceAll("^/+|/+$", "").split("/");
		if (segments.length < 1 || segments[0].isBlank()) {
			return null;
		}
		return URI.create("https://" + ENTRA_HOST + "/" + segments[0] + "/oauth2/v2.0/" + endpoint);
	}
}

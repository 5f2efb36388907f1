package dev.journeyfacade.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Security in the OpenAPI document: a bearer-JWT scheme, an OAuth2 authorization-code
 * scheme (when the identity provider's endpoints are known) that Swagger UI's "Authorize"
 * uses with PKCE, and on every operation the permission it needs (from
 * {@link SecurityConfiguration#API_RULES}) plus its 401 and 403 problems.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurityConfiguration {

	static final String BEARER_SCHEME = "bearer-jwt";
	static final String OAUTH2_SCHEME = "oauth2";

	@Bean
	OpenApiCustomizer securityOpenApiCustomizer(AuthProperties auth) {
		return openApi -> customize(openApi, auth);
	}

	static void customize(OpenAPI openApi, AuthProperties auth) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents()
			.addSecuritySchemes(BEARER_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("An access token of the identity provider for this API (audience AUTH_AUDIENCE), with "
						+ "the permission the operation names as a scope (`scp`) or an app role (`roles`). The JWT is "
						+ "checked as RFC8725 (JWT best current practices) asks: the signature with the issuer's keys "
						+ "(asymmetric algorithms only, never `none`), the issuer, the audience, expiry and "
						+ "not-before."));
		URI authorizationUri = auth.effectiveAuthorizationUri();
		URI tokenUri = auth.effectiveTokenUri();
		boolean oauth2 = authorizationUri != null && tokenUri != null;
		if (oauth2) {
			Scopes scopes = new Scopes();
			for (ApiPermission permission : ApiPermission.values()) {
				scopes.addString(scope(auth, permission), permission.description());
			}
			openApi.getComponents()
				.addSecuritySchemes(OAUTH2_SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
					.description("Sign in with the identity provider (authorization code with PKCE) and tick the "
							+ "permissions to try.")
					.flows(new OAuthFlows()
						.authorizationCode(new OAuthFlow().authorizationUrl(authorizationUri.toString())
							.tokenUrl(tokenUri.toString())
							.scopes(scopes))));
		}
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> SecurityConfiguration
					.permissionFor(HttpMethod.valueOf(method.name()), path)
					.ifPresent(permission -> secure(operation, permission, auth, oauth2))));
	}

	private static void secure(Operation operation, ApiPermission permission, AuthProperties auth, boolean oauth2) {
		List<SecurityRequirement> alternatives = new ArrayList<>();
		alternatives.add(new SecurityRequirement().addList(BEARER_SCHEME));
		if (oauth2) {
			alternatives.add(new SecurityRequirement().addList(OAUTH2_SCHEME, scope(auth, permission)));
		}
		operation.setSecurity(alternatives);
		String note = "**Permission:** `" + permission.value() + "` (scope or app role).";
		operation
			.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses()
			.putIfAbsent("401", problem("No access token, or it is invalid, expired or not for " + "this API.")
				.addHeaderObject("WWW-Authenticate", wwwAuthenticate()));
		operation.getResponses()
			.putIfAbsent("403", problem("The access token lacks the permission `" + permission.value() + "`.")
				.addHeaderObject("WWW-Authenticate", wwwAuthenticate()));
	}

	private static ApiResponse problem(String description) {
		Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + OpenApiConfiguration.PROBLEM_SCHEMA);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(OpenApiConfiguration.PROBLEM_JSON, new MediaType().schema(problem)));
	}

	private static Header wwwAuthenticate() {
		return new Header().description("The Bearer challenge of RFC 6750, e.g. `Bearer error=\"invalid_token\"`.")
			.schema(OpenApiBounds.bounded(new StringSchema()));
	}

	/**
	 * The scope a client asks the identity provider for: the prefix (Entra ID: the App ID
	 * URI) and the name.
	 */
	static String scope(AuthProperties auth, ApiPermission permission) {
		return Optional.ofNullable(auth.swaggerUi().scopePrefix()).orElse("") + permission.value();
	}

}

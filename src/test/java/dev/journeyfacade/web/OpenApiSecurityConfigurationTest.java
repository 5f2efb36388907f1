package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says how to authenticate and which permission each operation
 * needs.
 */
class OpenApiSecurityConfigurationTest {

	private static AuthProperties auth(String issuer, String scopePrefix) {
		return new AuthProperties(true, issuer == null ? null : URI.create(issuer), null,
				List.of("api://journey-facade"), "scp", "roles",
				new AuthProperties.Cors(List.of(), Duration.ofHours(1)),
				new AuthProperties.SwaggerUi(null, null, scopePrefix), null);
	}

	private static OpenAPI api() {
		return new OpenAPI().paths(new Paths()
			.addPathItem("/api/v1/journeys",
					new PathItem().get(new Operation().operationId("listJourneys").description("A page of journeys."))
						.post(new Operation().operationId("createJourney")))
			.addPathItem("/api/v1/journeys/{id}",
					new PathItem().get(new Operation().operationId("getJourney"))
						.patch(new Operation().operationId("updateJourney"))
						.delete(new Operation().operationId("deleteJourney")))
			.addPathItem("/api/v1/journeys/validate",
					new PathItem().post(new Operation().operationId("validateJourneyDraft")))
			.addPathItem("/api/v1/journeys/{id}/publish",
					new PathItem().post(new Operation().operationId("publishJourney")))
			.addPathItem("/api/v1/segments", new PathItem().get(new Operation().operationId("listSegments"))));
	}

	private static Operation operation(OpenAPI api, String path, PathItem.HttpMethod method) {
		return api.getPaths().get(path).readOperationsMap().get(method);
	}

	@Test
	void everyOperationNamesItsPermissionInBothSchemes() {
		OpenAPI api = api();
		OpenApiSecurityConfiguration.customize(api,
				auth("https://login.microsoftonline.com/contoso/v2.0", "api://journey-facade/"));

		assertThat(operation(api, "/api/v1/journeys", PathItem.HttpMethod.GET).getSecurity())
			.anySatisfy(r -> assertThat(r).containsKey("bearer-jwt"))
			.anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("api://journey-facade/journeys.read"));
		assertThat(operation(api, "/api/v1/journeys/{id}", PathItem.HttpMethod.PATCH).getSecurity())
			.anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("api://journey-facade/journeys.write"));
		assertThat(operation(api, "/api/v1/journeys/validate", PathItem.HttpMethod.POST).getSecurity())
			.anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("api://journey-facade/journeys.read"));
		assertThat(operation(api, "/api/v1/journeys/{id}/publish", PathItem.HttpMethod.POST).getSecurity())
			.anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("api://journey-facade/journeys.publish"));
	}

	@Test
	void everyOperationDocumentsItsPermissionAnd401And403() {
		OpenAPI api = api();
		OpenApiSecurityConfiguration.customize(api, auth(null, ""));

		Operation list = operation(api, "/api/v1/journeys", PathItem.HttpMethod.GET);
		assertThat(list.getDescription()).startsWith("A page of journeys.").contains("`journeys.read`");
		assertThat(list.getResponses()).containsKeys("401", "403");
		assertThat(list.getResponses().get("403").getContent()).containsKey("application/problem+json");
	}

	@Test
	void theOauth2SchemeUsesTheAuthorizationCodeFlowWithEveryPermission() {
		OpenAPI api = api();
		OpenApiSecurityConfiguration.customize(api,
				auth("https://login.microsoftonline.com/contoso/v2.0", "api://journey-facade/"));

		SecurityScheme oauth2 = api.getComponents().getSecuritySchemes().get("oauth2");
		assertThat(oauth2.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
		assertThat(oauth2.getFlows().getAuthorizationCode().getAuthorizationUrl())
			.isEqualTo("https://login.microsoftonline.com/contoso/oauth2/v2.0/authorize");
		assertThat(oauth2.getFlows().getAuthorizationCode().getScopes()).containsOnlyKeys(
				"api://journey-facade/journeys.read", "api://journey-facade/journeys.write",
				"api://journey-facade/journeys.publish");
	}

	@Test
	void withoutKnownEndpointsOnlyTheBearerSchemeIsOffered() {
		OpenAPI api = api();
		OpenApiSecurityConfiguration.customize(api, auth(null, ""));

		assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer-jwt");
		assertThat(operation(api, "/api/v1/segments", PathItem.HttpMethod.GET).getSecurity()).hasSize(1);
	}

}

package dev.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The one stub of Entra ID's token endpoint for the client-credentials grant: its answer
 * as documented
 * (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow), a
 * bearer token valid for a while.
 */
public final class TokenEndpoint {

	private TokenEndpoint() {
	}

	/** 200 with this access token, valid for an hour. */
	public static ResponseDefinitionBuilder issues(String accessToken) {
		return issues(accessToken, 3600);
	}

	/** 200 with this access token, valid for {@code expiresIn} seconds. */
	public static ResponseDefinitionBuilder issues(String accessToken, int expiresIn) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\"" + accessToken
					+ "\"}");
	}

}

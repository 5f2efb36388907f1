package dev.dataverseemulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the emulator, as a Dataverse client would call it
 * (java.net.http, real sockets).
 */
public final class EmulatorClient {

	public static final String TENANT = "8f6a3c1e-5b2d-4e7f-9a10-3c4d5e6f7a8b";

	public static final String CLIENT_ID = "0c7d2b9e-1f3a-4c5d-8e6f-7a8b9c0d1e2f";

	public static final String CLIENT_SECRET = "emulator-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String origin;

	private String token;

	public EmulatorClient(String origin) {
		this.origin = origin;
	}

	public static EmulatorClient onPort(int port) {
		return new EmulatorClient("http://127.0.0.1:" + port);
	}

	/** A reply: status, headers, and the body as JSON (null when empty). */
	public record Reply(int status, HttpHeaders headers, JsonNode body, String text) {

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		/** The Dataverse error code of an error reply. */
		public String errorCode() {
			return body.path("error").path("code").asString();
		}
	}

	public String origin() {
		return origin;
	}

	public String api(String path) {
		return origin + "/api/data/v9.2/" + path;
	}

	/**
	 * Fetches a token with the emulator's default credentials and uses it from now on.
	 */
	public EmulatorClient authenticate() {
		Reply reply = token(TENANT, "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
				+ CLIENT_SECRET + "&scope=" + encode(origin + "/.default"), null);
		if (reply.status() != 200) {
			throw new IllegalStateException("no token: " + reply.text());
		}
		token = reply.body().get("access_token").asString();
		return this;
	}

	public void useToken(String newToken) {
		token = newToken;
	}

	public Reply token(String tenant, String form, String basicAuthorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + "/" + tenant + "/oauth2/v2.0/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (basicAuthorization != null) {
			request.header("Authorization", basicAuthorization);
		}
		return send(request);
	}

	public Reply get(String url, String... headers) {
		return send(request(url, headers).GET());
	}

	public Reply post(String url, String json, String... headers) {
		return send(request(url, headers).header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply patch(String url, String json, String... headers) {
		return send(request(url, headers).header("Content-Type", "application/json; charset=utf-8")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply put(String url, String json, String... headers) {
		return send(request(url, headers).header("Content-Type", "application/json; charset=utf-8")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply delete(String url, String... headers) {
		return send(request(url, headers).DELETE());
	}

	public CompletableFuture<Reply> getAsync(String url, String... headers) {
		return http.sendAsync(request(url, headers).GET().build(), HttpResponse.BodyHandlers.ofString())
			.thenApply(EmulatorClient::reply);
	}

	/** Creates a journey and returns its id (from {@code OData-EntityId}). */
	public String createJourney(String json, String... headers) {
		Reply reply = post(api("msdyncrm_customerjourneys"), json, headers);
		if (reply.status() != 204) {
			throw new IllegalStateException("create failed: " + reply.status() + " " + reply.text());
		}
		String entityId = reply.header("OData-EntityId");
		return entityId.substring(entityId.indexOf('(') + 1, entityId.length() - 1);
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	public static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	private HttpRequest.Builder request(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("OData-MaxVersion", "4.0")
			.header("OData-Version", "4.0");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			return reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static Reply reply(HttpResponse<String> response) {
		String text = response.body();
		JsonNode body = text == null || text.isBlank() ? null : JSON.readTree(text);
		return new Reply(response.statusCode(), response.headers(), body, text);
	}

}

package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmbeddedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The journey API end to end against an emulator that answers as Dataverse may: writes
 * without the representation asked for ({@code ignoreReturnRepresentation}, 204 +
 * {@code OData-EntityId}), and conditional reads answered 304.
 */
class JourneyAnswersEndToEndTest extends JourneyEndToEndTest {

	@Autowired
	EmbeddedEmulator emulator;

	private void ignoreReturnRepresentation(boolean ignore) {
		http.patch()
			.uri(emulator.url() + "/_emulator/throttling")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"ignoreReturnRepresentation\":" + ignore + "}")
			.retrieve()
			.toBodilessEntity();
	}

	@AfterEach
	void honourPreferAgain() {
		ignoreReturnRepresentation(false);
	}

	@Test
	void everyWriteWorksAgainstADataverseThatIgnoresPrefer() {
		ignoreReturnRepresentation(true);
		ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/journeys",
				JourneyLifecycleEndToEndTest.publishableDraft("Prefer ignored"));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		assertThat(body(created).path("status").asString()).isEqualTo("DRAFT");
		assertThat(created.getHeaders().getETag()).startsWith("W/\"");
		String location = created.getHeaders().getLocation().getPath();

		ResponseEntity<String> updated = call(HttpMethod.PATCH, location, "{\"name\": \"Prefer still ignored\"}");
		assertThat(updated.getStatusCode().value()).as(updated.getBody()).isEqualTo(200);
		assertThat(body(updated).path("name").asString()).isEqualTo("Prefer still ignored");

		ResponseEntity<String> copied = call(HttpMethod.POST, location + "/copy", null);
		assertThat(copied.getStatusCode().value()).as(copied.getBody()).isEqualTo(201);
		assertThat(body(copied).path("name").asString()).isEqualTo("Copy of Prefer still ignored");

		ResponseEntity<String> published = call(HttpMethod.POST, location + "/publish", null);
		assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(202);
		assertThat(body(published).path("status").asString()).isIn("GOING_LIVE", "LIVE");
		awaitStatus(location, "LIVE");

		ResponseEntity<String> stopped = call(HttpMethod.POST, location + "/stop", null);
		assertThat(stopped.getStatusCode().value()).as(stopped.getBody()).isEqualTo(202);
		assertThat(body(stopped).path("status").asString()).isIn("STOPPING", "STOPPED");
	}

	@Test
	void anUnchangedJourneyIsRevalidatedWith304AndAChangedOneSentAgain() {
		ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"Revalidated\"}");
		String location = created.getHeaders().getLocation().getPath();
		String etag = call(HttpMethod.GET, location, null).getHeaders().getETag();

		ResponseEntity<String> unchanged = http.get()
			.uri(location)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.retrieve()
			.toEntity(String.class);
		assertThat(unchanged.getStatusCode().value()).isEqualTo(304);
		assertThat(unchanged.getBody()).isNull();
		assertThat(unchanged.getHeaders().getETag()).isEqualTo(etag);
		assertThat(unchanged.getHeaders().getCacheControl()).contains("private").contains("no-cache");

		call(HttpMethod.PATCH, location, "{\"name\": \"Revalidated again\"}");
		ResponseEntity<String> changed = http.get()
			.uri(location)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.retrieve()
			.toEntity(String.class);
		assertThat(changed.getStatusCode().value()).isEqualTo(200);
		assertThat(body(changed).path("name").asString()).isEqualTo("Revalidated again");
		assertThat(changed.getHeaders().getETag()).isNotEqualTo(etag);
	}

}

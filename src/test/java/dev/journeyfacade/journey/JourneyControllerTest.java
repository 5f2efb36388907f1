package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.journey.InMemoryJourneyStore.Note;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * The journey controller and service on a backend that is not outbound's
 * ({@link InMemoryJourneyStore}, whose design is a note): the journey core runs through
 * the port alone. Security is left to InboundSecurityTest.
 */
@WebMvcTest(controllers = JourneyController.class, excludeAutoConfiguration = ServletWebSecurityAutoConfiguration.class)
@Import({ JourneyService.class, JourneyInput.class, JourneyControllerTest.NoteBackend.class })
class JourneyControllerTest {

	static final UUID ID = UUID.fromString("6628bbf7-c52a-e911-a9b7-000d3a1e6adc");

	/** The in-memory backend and the JSON of its design. */
	@TestConfiguration(proxyBeanMethods = false)
	static class NoteBackend {

		@Bean
		InMemoryJourneyStore inMemoryJourneyStore() {
			return new InMemoryJourneyStore();
		}

		@Bean
		JacksonModule noteDesign() {
			return new SimpleModule("note-design").addAbstractTypeMapping(Design.class, Note.class);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InMemoryJourneyStore store;

	@BeforeEach
	void empty() {
		store.journeys.clear();
		store.writes.clear();
	}

	private MvcTestResult post(String path, String body, String idempotencyKey) {
		var request = mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
		return idempotencyKey == null ? request.exchange()
				: request.header("Idempotency-Key", idempotencyKey).exchange();
	}

	private MvcTestResult patch(String body) {
		return mvc.patch()
			.uri("/api/v1/journeys/" + ID)
			.contentType("application/merge-patch+json")
			.content(body)
			.exchange();
	}

	@Test
	void aCreateIsADraftOfTheBackendWith201AndItsLocation() {
		MvcTestResult result = post("/api/v1/journeys",
				"{\"name\": \"Spring\", \"timeZone\": 92, \"design\": {\"text\": \"hello\"}}", null);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
		assertThat(result).bodyJson().extractingPath("$.design.text").isEqualTo("hello");
		assertThat(result).bodyJson().extractingPath("$.timeZone").isEqualTo(92);
		assertThat(result.getResponse().getHeader("Location")).contains("/api/v1/journeys/");
		assertThat(store.journeys.values()).singleElement().extracting(Journey::design).isEqualTo(new Note("hello"));
	}

	@Test
	void aCreateRepeatedWithTheSameKeyAnswers200WithTheSameJourney() {
		String first = post("/api/v1/journeys", "{\"name\": \"Spring\"}", "key-1").getResponse().getHeader("Location");

		MvcTestResult again = post("/api/v1/journeys", "{\"name\": \"Spring\"}", "key-1");

		assertThat(again).hasStatusOk();
		assertThat(again.getResponse().getHeader("Location")).isEqualTo(first);
		assertThat(store.journeys).hasSize(1);
	}

	@Test
	void theSameKeyForAnotherNameIs409() {
		post("/api/v1/journeys", "{\"name\": \"Spring\"}", "key-1");

		MvcTestResult reused = post("/api/v1/journeys", "{\"name\": \"Autumn\"}", "key-1");

		assertThat(reused).hasStatus(HttpStatus.CONFLICT);
		assertThat(reused).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:journey-facade:problem:idempotency-key-reused");
	}

	@Test
	void aProblemTheBackendFindsInTheDesignIsA400BesideTheOtherFields() {
		MvcTestResult result = post("/api/v1/journeys", "{\"name\": \" \", \"design\": {\"text\": \"invalid\"}}", null);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "design.text");
		assertThat(store.writes).isEmpty();
	}

	@Test
	void aJourneyTheBackendDoesNotHaveIs404() {
		MvcTestResult result = mvc.get().uri("/api/v1/journeys/" + ID).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Journey " + ID + " does not exist.");
	}

	@Test
	void anActionTheBackendsLifecycleRefusesIs409AndWritesNothing() {
		store.put(ID, "Running", JourneyStatus.LIVE);

		MvcTestResult result = post("/api/v1/journeys/" + ID + "/publish", "", null);

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson().extractingPath("$.allowedStatuses").asArray().containsExactly("DRAFT", "STOPPED");
		assertThat(store.writes).isEmpty();
	}

	@Test
	void aMergePatchHandsTheBackendOnlyTheSentFields() {
		store.put(ID, "Spring", JourneyStatus.DRAFT);

		MvcTestResult result = patch("{\"timeZone\": 4}");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.timeZone").isEqualTo(4);
		assertThat(store.writes).containsExactly("update " + ID + " [timeZone]");
	}

	@Test
	void aCopyIsANewDraftNamedCopyOf() {
		store.put(ID, "Spring", JourneyStatus.LIVE);

		MvcTestResult copy = post("/api/v1/journeys/" + ID + "/copy", "", null);

		assertThat(copy).hasStatus(HttpStatus.CREATED);
		assertThat(copy).bodyJson().extractingPath("$.name").isEqualTo("Copy of Spring");
		assertThat(copy).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void aJourneyOfABackendWithoutADesignTextHasNoRawDesignFields() {
		store.put(ID, "Spring", JourneyStatus.DRAFT);

		MvcTestResult result = mvc.get().uri("/api/v1/journeys/" + ID).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().doesNotHavePath("$.workflowDefinition");
		assertThat(result).bodyJson().doesNotHavePath("$.designerState");
	}

	@Test
	void theRawPairIsNoFieldOfAPatchForABackendWithoutADesignText() {
		store.put(ID, "Spring", JourneyStatus.DRAFT);

		MvcTestResult result = patch("{\"workflowDefinition\": \"[]\", \"designerState\": \"{}\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].reason")
			.asArray()
			.containsOnly("is not a field of a journey");
		assertThat(store.writes).isEmpty();
	}

}

package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

	@Test
	void producesTheNameBasedVersion5UuidOfRfc9562() {
		// RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
		UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

		assertThat(IdempotencyKeys.uuidV5(dns, "www.example.com"))
			.isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
	}

	@Test
	void theSameKeyAlwaysGivesTheSameJourneyId() {
		assertThat(IdempotencyKeys.journeyId("create", "abc")).isEqualTo(IdempotencyKeys.journeyId("create", "abc"))
			.extracting(UUID::version)
			.isEqualTo(5);
	}

	@Test
	void differentKeysAndScopesGiveDifferentIds() {
		assertThat(IdempotencyKeys.journeyId("create", "abc")).isNotEqualTo(IdempotencyKeys.journeyId("create", "abd"))
			.isNotEqualTo(IdempotencyKeys.journeyId("copy:x", "abc"));
	}

}

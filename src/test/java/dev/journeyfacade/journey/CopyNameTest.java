package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A copy's name: "Copy of" the source's, within the API's name limit. */
class CopyNameTest {

	@Test
	void aCopyNameKeepsWithinDataversesLimit() {
		assertThat(JourneyService.copyName("Spring")).isEqualTo("Copy of Spring");
		assertThat(JourneyService.copyName("x".repeat(100))).hasSize(100).startsWith("Copy of x").endsWith("…");
	}

}

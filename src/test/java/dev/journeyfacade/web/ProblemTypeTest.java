package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The problem types: one slug each, and the type Spring MVC's own problems get by their
 * status.
 */
class ProblemTypeTest {

	@Test
	void everyTypeHasItsOwnStableSlug() {
		assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug)).doesNotHaveDuplicates()
			.allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*"));
		assertThat(ProblemType.NOT_FOUND.type()).hasToString("urn:journey-facade:problem:not-found");
	}

	@Test
	void springsOwnProblemsAreTypedByStatus() {
		assertThat(ProblemType.forStatus(HttpStatus.NOT_FOUND)).isEqualTo(ProblemType.NOT_FOUND);
		assertThat(ProblemType.forStatus(HttpStatus.CONFLICT)).isEqualTo(ProblemType.CONFLICT);
		assertThat(ProblemType.forStatus(HttpStatus.BAD_REQUEST)).isEqualTo(ProblemType.BAD_REQUEST);
		assertThat(ProblemType.forStatus(HttpStatus.CONTENT_TOO_LARGE)).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
		assertThat(ProblemType.forStatus(HttpStatus.I_AM_A_TEAPOT)).isEqualTo(ProblemType.CLIENT_ERROR);
		assertThat(ProblemType.forStatus(HttpStatus.BAD_GATEWAY)).isEqualTo(ProblemType.INTERNAL_ERROR);
	}

}

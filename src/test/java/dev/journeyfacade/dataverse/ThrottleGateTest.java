package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThrottleGateTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final ThrottleGate gate = new ThrottleGate(Duration.ofMinutes(5));

	@Test
	void anOpenGateLetsEveryCallThrough() {
		assertThat(gate.tryPass(NOW)).isSameAs(ThrottleGate.Passage.FREE);
		assertThat(gate.tryPass(NOW)).isSameAs(ThrottleGate.Passage.FREE);
	}

	@Test
	void noCallPassesBeforeThePauseIsOver() {
		gate.closeFor(NOW, Duration.ofSeconds(3), ThrottleKind.REQUEST_COUNT);

		assertThat(gate.remaining(NOW.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
		assertThat(gate.tryPass(NOW.plusSeconds(1))).isNull();
	}

	@Test
	void afterThePauseOneCallGoesFirstAndTheOthersWaitForIt() {
		gate.closeFor(NOW, Duration.ofSeconds(3), ThrottleKind.REQUEST_COUNT);
		Instant after = NOW.plusSeconds(3);

		ThrottleGate.Passage first = gate.tryPass(after);

		assertThat(first).isNotNull().isNotSameAs(ThrottleGate.Passage.FREE);
		assertThat(gate.remaining(after)).isZero();
		assertThat(gate.tryPass(after)).isNull();
	}

	@Test
	void theFirstCallThatIsNotRefusedOpensTheGateForEveryone() {
		gate.closeFor(NOW, Duration.ofSeconds(3), ThrottleKind.REQUEST_COUNT);
		Instant after = NOW.plusSeconds(3);
		ThrottleGate.Passage first = gate.tryPass(after);

		gate.left(first);

		assertThat(gate.tryPass(after)).isSameAs(ThrottleGate.Passage.FREE);
	}

	@Test
	void theFirstCallRefusedAgainKeepsTheGateClosedAndTheNextPauseHasAFirstCallOfItsOwn() {
		gate.closeFor(NOW, Duration.ofSeconds(3), ThrottleKind.REQUEST_COUNT);
		Instant after = NOW.plusSeconds(3);
		ThrottleGate.Passage first = gate.tryPass(after);

		gate.closeFor(after, Duration.ofSeconds(2), ThrottleKind.REQUEST_COUNT); // its
																					// 429
		gate.left(first);

		assertThat(gate.tryPass(after.plusSeconds(1))).isNull();
		ThrottleGate.Passage next = gate.tryPass(after.plusSeconds(2));
		assertThat(next).isNotNull().isNotSameAs(ThrottleGate.Passage.FREE);
		assertThat(gate.tryPass(after.plusSeconds(2))).isNull();
	}

	@Test
	void aCallThatPassedAnOpenGateOpensNothingWhenItLeaves() {
		ThrottleGate.Passage free = gate.tryPass(NOW);
		gate.closeFor(NOW, Duration.ofSeconds(3), ThrottleKind.EXECUTION_TIME);

		gate.left(free);

		assertThat(gate.tryPass(NOW.plusSeconds(1))).isNull();
	}

	@Test
	void aNonsenseRetryAfterClosesTheGateForAtMostTheMaximum() {
		gate.closeFor(NOW, Duration.ofDays(1), ThrottleKind.UNKNOWN);

		assertThat(gate.remaining(NOW)).isEqualTo(Duration.ofMinutes(5));
	}

}

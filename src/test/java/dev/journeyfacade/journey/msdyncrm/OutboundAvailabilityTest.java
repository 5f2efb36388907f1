package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.DataverseException.Kind;
import dev.journeyfacade.journey.msdyncrm.OutboundAvailability.State;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the outbound-marketing probe concludes from Dataverse's answers, how it says so,
 * and when it runs: at start without holding start-up up, then periodically.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboundAvailabilityTest {

	/**
	 * A probe that answers as told, in order (an answer of the entity set, or a failure);
	 * once told everything, it keeps answering the last.
	 */
	private static final class Answers implements Runnable {

		private final Deque<Runnable> answers = new ArrayDeque<>();

		private Runnable last = () -> {
		};

		Answers then(RuntimeException failure) {
			answers.add(() -> {
				throw failure;
			});
			return this;
		}

		Answers thenTheEntitySetAnswers() {
			answers.add(() -> {
			});
			return this;
		}

		@Override
		public void run() {
			if (!answers.isEmpty()) {
				last = answers.poll();
			}
			last.run();
		}

	}

	private static DataverseException gone() {
		return DataverseException.errorResponse(404, "0x8006088a",
				"Resource not found for the segment 'msdyncrm_customerjourneys'.", null);
	}

	static Stream<DataverseException> transientFailures() {
		return Stream.of(
				new DataverseException(Kind.THROTTLED, 429, "0x80072322", "throttled", Duration.ofSeconds(5), null,
						null),
				DataverseException.errorResponse(503, "", "Service Unavailable", null),
				DataverseException.errorResponse(500, "0x80040216", "An unexpected error occurred.", null),
				new DataverseException(Kind.UNREACHABLE, 0, null, "unreachable", null, null, null),
				new DataverseException(Kind.TIMEOUT, 0, null, "timeout", null, null, null),
				new DataverseException(Kind.AUTHENTICATION, 503, null, "token endpoint down", null, null, null),
				DataverseException.errorResponse(403, "0x80040220", "missing privilege", null));
	}

	@Test
	void nothingIsKnownBeforeTheFirstProbeAndTheEndpointsAreServed() {
		OutboundAvailability availability = new OutboundAvailability(new Answers(), Duration.ZERO);

		assertThat(availability.state()).isEqualTo(State.UNKNOWN);
		assertThat(availability.gauge()).isNaN();
		availability.requireAvailable();
	}

	@Test
	void anAnswerOfTheEntitySetMeansOutboundMarketingIsThere() {
		OutboundAvailability availability = new OutboundAvailability(new Answers(), Duration.ZERO);

		availability.probe();

		assertThat(availability.state()).isEqualTo(State.AVAILABLE);
		assertThat(availability.gauge()).isEqualTo(1.0);
	}

	@Test
	void a404ForTheEntitySetMeansOutboundMarketingIsGone() {
		OutboundAvailability availability = new OutboundAvailability(new Answers().then(gone()), Duration.ZERO);

		availability.probe();

		assertThat(availability.state()).isEqualTo(State.UNAVAILABLE);
		assertThat(availability.gauge()).isZero();
		assertThatThrownBy(availability::requireAvailable).isInstanceOf(OutboundMarketingUnavailable.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transientFailures")
	void anyOtherFailureLeavesTheStateAsItWas(DataverseException failure) {
		OutboundAvailability wasThere = new OutboundAvailability(new Answers().thenTheEntitySetAnswers().then(failure),
				Duration.ZERO);
		wasThere.probe();
		wasThere.probe();
		OutboundAvailability wasGone = new OutboundAvailability(new Answers().then(gone()).then(failure),
				Duration.ZERO);
		wasGone.probe();
		wasGone.probe();

		assertThat(wasThere.state()).isEqualTo(State.AVAILABLE);
		assertThat(wasGone.state()).isEqualTo(State.UNAVAILABLE);
	}

	@Test
	void comingBackIsNoticedByTheNextProbe() {
		OutboundAvailability availability = new OutboundAvailability(
				new Answers().then(gone()).thenTheEntitySetAnswers(), Duration.ZERO);

		availability.probe();
		availability.probe();

		assertThat(availability.state()).isEqualTo(State.AVAILABLE);
	}

	@Test
	void a404WithoutTheUnknownTableCodeIsNotTakenAsOutboundMarketingGoneAndSaysSo(CapturedOutput output) {
		DataverseException bare404 = DataverseException.errorResponse(404, "", "Not Found", null);
		OutboundAvailability wasThere = new OutboundAvailability(new Answers().thenTheEntitySetAnswers().then(bare404),
				Duration.ZERO);
		wasThere.probe();
		OutboundAvailability unknown = new OutboundAvailability(new Answers().then(bare404), Duration.ZERO);

		wasThere.probe();
		unknown.probe();

		assertThat(wasThere.state()).isEqualTo(State.AVAILABLE);
		assertThat(unknown.state()).isEqualTo(State.UNKNOWN);
		assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ")))
			.filteredOn(line -> line.contains("not taken as outbound marketing gone"))
			.hasSize(2);
	}

	@Test
	void anUnknownTableMetByACallProbesAtOnceAndTheJourneyTableDecides() {
		OutboundAvailability goneNow = new OutboundAvailability(new Answers().thenTheEntitySetAnswers().then(gone()),
				Duration.ZERO);
		goneNow.probe();
		OutboundAvailability stillThere = new OutboundAvailability(new Answers().thenTheEntitySetAnswers(),
				Duration.ZERO);
		stillThere.probe();

		assertThat(goneNow.unknownResourceMet().getBody().getDetail())
			.startsWith("This Dataverse environment has no outbound marketing");
		assertThat(goneNow.state()).isEqualTo(State.UNAVAILABLE);
		assertThat(stillThere.unknownResourceMet().getBody().getDetail())
			.startsWith("This Dataverse environment lacks a part of outbound marketing that this call needs");
		assertThat(stillThere.state()).isEqualTo(State.AVAILABLE);
	}

	@Test
	void eachChangeIsLoggedOnceAtInfo(CapturedOutput output) {
		OutboundAvailability availability = new OutboundAvailability(new Answers().thenTheEntitySetAnswers()
			.thenTheEntitySetAnswers()
			.then(gone())
			.then(gone())
			.then(gone()), Duration.ZERO);

		for (int i = 0; i < 5; i++) {
			availability.probe();
		}

		assertThat(output.getOut().lines().filter(line -> line.contains(" INFO ")))
			.filteredOn(line -> line.contains("Outbound marketing is available"))
			.hasSize(1);
		assertThat(output.getOut().lines().filter(line -> line.contains(" INFO ")))
			.filteredOn(line -> line.contains("Outbound marketing is not available"))
			.singleElement()
			.asString()
			.contains("answer 503 outbound-marketing-unavailable");
	}

	@Test
	@Timeout(value = 20, unit = TimeUnit.SECONDS)
	void startReturnsWhileTheFirstProbeIsStillRunning() throws InterruptedException {
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		OutboundAvailability availability = new OutboundAvailability(() -> {
			entered.countDown();
			try {
				release.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, Duration.ofMinutes(1));

		availability.start(); // would never return if it waited for the probe
		try {
			assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(availability.state()).isEqualTo(State.UNKNOWN);
		}
		finally {
			release.countDown();
			availability.stop();
		}
	}

	@Test
	void afterStartItProbesAgainEveryInterval() {
		AtomicInteger probes = new AtomicInteger();
		OutboundAvailability availability = new OutboundAvailability(probes::incrementAndGet, Duration.ofMillis(20));

		availability.start();
		try {
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(probes.get()).isGreaterThan(3));
		}
		finally {
			availability.stop();
		}
		assertThat(availability.isRunning()).isFalse();
	}

	@Test
	void aZeroIntervalNeverProbesByItself() {
		AtomicInteger probes = new AtomicInteger();
		OutboundAvailability availability = new OutboundAvailability(probes::incrementAndGet, Duration.ZERO);

		availability.start();

		assertThat(availability.isRunning()).isFalse();
		availability.probe();
		assertThat(probes.get()).isEqualTo(1);
	}

}

package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.journeyfacade.dataverse.DataverseException;
import dev.testsupport.LogEvents;
import dev.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImpersonationFaultLogTest {

	private static final DataverseException REFUSED = DataverseException.errorResponse(403, "0x8004A110",
			"User does not have the privilege to act on behalf another user.", "req-1");

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

	private final ImpersonationFaultLog faults = new ImpersonationFaultLog(clock);

	@RegisterExtension
	final LogEvents events = LogEvents.of(ImpersonationFaultLog.class);

	private List<ILoggingEvent> errors() {
		return events.list().stream().filter(event -> event.getLevel() == Level.ERROR).toList();
	}

	@Test
	void theFirstRefusalIsAnErrorThatNamesThePrivilege() {
		faults.refused(REFUSED);

		assertThat(errors()).singleElement()
			.satisfies(event -> assertThat(event.getFormattedMessage()).contains("prvActOnBehalfOfAnotherUser")
				.contains("0x8004A110")
				.contains("req-1"));
	}

	@Test
	void refusalsWithinTheIntervalAreNotErrorsAgain() {
		faults.refused(REFUSED);
		clock.advance(ImpersonationFaultLog.INTERVAL.minusSeconds(1));
		faults.refused(REFUSED);
		faults.refused(REFUSED);

		assertThat(errors()).hasSize(1);
	}

	@Test
	void aRefusalAfterTheIntervalIsAnErrorAgain() {
		faults.refused(REFUSED);
		clock.advance(ImpersonationFaultLog.INTERVAL);
		faults.refused(REFUSED);
		clock.advance(Duration.ofSeconds(1));
		faults.refused(REFUSED);

		assertThat(errors()).hasSize(2);
	}

}

package dev.dataverseemulator;

import dev.testsupport.MutableClock;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Beans the emulator's HTTP tests add: a {@link MutableClock} in place of the system
 * clock. Deliberately not annotated, so the emulator's component scan never picks it up;
 * tests {@code @Import} it.
 */
public class EmulatorTestSupport {

	public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START);
	}

}

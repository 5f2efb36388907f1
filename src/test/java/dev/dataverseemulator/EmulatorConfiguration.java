package dev.dataverseemulator;

import dev.dataverseemulator.throttling.ThrottlingGate;
import dev.dataverseemulator.throttling.ThrottlingSettings;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The emulator's shared infrastructure: its properties, clock, throttling gate and the
 * timer for added latency.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmulatorProperties.class)
class EmulatorConfiguration {

	/**
	 * Every time the emulator reads (timestamps, token expiry, lifecycle delays,
	 * throttling windows); tests replace it.
	 */
	@Bean
	Clock emulatorClock() {
		return Clock.systemUTC();
	}

	@Bean
	ThrottlingGate throttlingGate(EmulatorProperties properties, Clock clock) {
		return new ThrottlingGate(initialThrottling(properties.throttling()), clock);
	}

	/**
	 * Resumes delayed calls: a call waiting out its added latency holds no Tomcat thread,
	 * only a timer entry.
	 */
	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService emulatorLatencyTimer() {
		return Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "emulator-latency");
			t.setDaemon(true);
			return t;
		});
	}

	static ThrottlingSettings initialThrottling(EmulatorProperties.Throttling t) {
		EmulatorProperties.Shares shares = t.random().shares();
		return new ThrottlingSettings(
				new ThrottlingSettings.RateLimit(t.rateLimit().enabled(), t.rateLimit().maxRequests(),
						t.rateLimit().window().toSeconds(), t.rateLimit().maxConcurrent(),
						t.rateLimit().maxExecutionTime().toMillis()),
				new ThrottlingSettings.RandomFaults(t.random().share(), t.random().retryAfter().toSeconds(),
						new ThrottlingSettings.Shares(shares.requestCount(), shares.executionTime(),
								shares.concurrency())),
				t.latency().toMillis(), t.seed(), t.dopHint(), t.webServers(), t.ignoreReturnRepresentation());
	}

}

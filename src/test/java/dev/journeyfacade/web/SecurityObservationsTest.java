package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Spring Security records no observations (SecurityConfiguration): no timers around its
 * filters, authentication and authorization on every request, while the request itself is
 * still timed.
 */
class SecurityObservationsTest extends DataverseStubbedApiTest {

	@Autowired
	MeterRegistry meters;

	@Autowired
	MockMvcTester tester;

	@Test
	void aRequestThroughTheSecurityChainRecordsNoSpringSecurityMeter() {
		assertThat(tester.get().uri("/api/v1/journeys").with(TestIdentityProvider.withoutToken()).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);

		assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
			.contains("http.server.requests")
			.noneMatch(name -> name.startsWith("spring.security"));
	}

}

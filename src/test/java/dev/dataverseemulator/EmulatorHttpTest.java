package dev.dataverseemulator;

import dev.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of the emulator's HTTP tests: the emulator application, started through its
 * {@code main} (so with its own profile and configuration file), on a random port of
 * 127.0.0.1 with a hand-moved clock, called over real HTTP. Every subclass shares this
 * one context; each test starts from the seeded state with a fresh token.
 */
@SpringBootTest(classes = DataverseEmulatorApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
		properties = "emulator.lifecycle-delay=2s")
@Import(EmulatorTestSupport.class)
public abstract class EmulatorHttpTest {

	protected static final String JOURNEYS = "msdyncrm_customerjourneys";

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	protected EmulatorClient client;

	@BeforeEach
	void startFromTheSeededState() {
		clock.set(EmulatorTestSupport.START);
		client = EmulatorClient.onPort(port);
		EmulatorClient.Reply reset = client.post(client.origin() + "/_emulator/reset", "");
		if (reset.status() != 204) {
			throw new IllegalStateException("reset failed: " + reset.text());
		}
		client.authenticate();
	}

	protected String journey(String id) {
		return client.api(JOURNEYS + "(" + id + ")");
	}

	/** An admin endpoint of the emulator, e.g. {@code admin("throttling")}. */
	protected String admin(String path) {
		return client.origin() + "/_emulator/" + path;
	}

}

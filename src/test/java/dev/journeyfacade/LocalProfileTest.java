package dev.journeyfacade;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the end-to-end tests: the whole facade on a random port in profile
 * {@code local}, with the Dataverse emulator beside it ({@link LocalDataverseEmulator}),
 * as {@code spring-boot:test-run} runs it, so requests go facade → HTTP → emulator. Going
 * live and stopping take 300 ms in the emulator. Declared here only, so every subclass
 * shares one context (and one emulator).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "emulator.lifecycle-delay=300ms", "server.address=127.0.0.1" })
@ActiveProfiles("local")
@Import(LocalDataverseEmulator.class)
public abstract class LocalProfileTest {

	@LocalServerPort
	protected int port;

	protected String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

}

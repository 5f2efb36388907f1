package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The emulator started through its main: its profile and configuration, none of the
 * facade's.
 */
class EmulatorApplicationTest extends EmulatorHttpTest {

	@Autowired
	Environment environment;

	@Test
	void runsInItsOwnProfileWithItsOwnConfigurationOnly() {
		assertThat(environment.getActiveProfiles()).containsExactly(DataverseEmulatorApplication.PROFILE);
		assertThat(environment.getProperty("spring.application.name")).isEqualTo("dataverse-emulator");
		assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).isNull(); // the
																											// facade's
	}

	@Test
	void servesNoOpenApiDocument() {
		assertThat(client.get(client.origin() + "/v3/api-docs").status()).isEqualTo(404);
	}

}

package dev.journeyfacade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataverseemulator.EmulatorClient;
import dev.dataverseemulator.EmulatorClient.Reply;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The local run's emulator, outside Spring's test framework as
 * {@code spring-boot:test-run} starts it: a tiny application stands in for the facade;
 * the emulator it brings must answer on the URL it puts into {@code dataverse.*} and stop
 * with it.
 */
class LocalDataverseEmulatorTest {

	/**
	 * An application with nothing in it, like the facade as far as the emulator's
	 * configuration can tell.
	 */
	static class Host {

	}

	@Test
	void startsTheEmulatorPointsTheDataverseSettingsAtItAndStopsItWithTheHost() {
		ConfigurableApplicationContext facade = new SpringApplicationBuilder(Host.class, LocalDataverseEmulator.class)
			.web(WebApplicationType.NONE)
			.profiles("local")
			.properties("emulator.client-secret=forwarded-from-the-facade")
			.run();
		String url;
		try {
			Environment env = facade.getEnvironment();
			url = env.getProperty("dataverse.url");
			assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
			assertThat(env.getProperty("dataverse.token-uri"))
				.isEqualTo(url + "/" + env.getProperty("dataverse.tenant-id") + "/oauth2/v2.0/token");
			assertThat(env.getProperty("dataverse.client-secret")).isEqualTo("forwarded-from-the-facade");

			EmulatorClient emulator = new EmulatorClient(url);
			Reply token = emulator.token(env.getProperty("dataverse.tenant-id"),
					"grant_type=client_credentials&client_id=" + env.getProperty("dataverse.client-id")
							+ "&client_secret=" + env.getProperty("dataverse.client-secret") + "&scope="
							+ EmulatorClient.encode(url + "/.default"),
					null);
			assertThat(token.status()).isEqualTo(200);
			emulator.useToken(token.body().get("access_token").asString());
			assertThat(emulator.get(url + "/api/data/v9.2/WhoAmI").status()).isEqualTo(200);
		}
		finally {
			facade.close();
		}

		String stopped = url;
		assertThatThrownBy(() -> new EmulatorClient(stopped).get(stopped + "/api/data/v9.2/WhoAmI"))
			.isInstanceOf(UncheckedIOException.class);
	}

	@Test
	void withoutItTheFacadeBringsNoEmulatorInAnyProfile() {
		try (ConfigurableApplicationContext facade = new SpringApplicationBuilder(Host.class)
			.web(WebApplicationType.NONE)
			.profiles("local")
			.run()) {
			assertThat(facade.getEnvironment().getProperty("dataverse.url")).isNull();
		}
	}

}

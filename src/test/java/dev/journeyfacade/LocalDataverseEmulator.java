package dev.journeyfacade;

import dev.dataverseemulator.EmbeddedEmulator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.support.DynamicPropertyRegistrarBeanInitializer;

/**
 * The Dataverse emulator beside the facade: started on a random port of 127.0.0.1 before
 * any bean of the facade binds its settings, with {@code dataverse.*} pointed at it, so
 * the facade talks to it over real HTTP exactly as it would to Dataverse; stopped with
 * the facade's context. Added by {@link TestJourneyFacadeApplication} (the local run) and
 * imported by the end-to-end tests ({@link LocalProfileTest}); never part of the facade's
 * jar.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LocalDataverseEmulator {

	/**
	 * Starts the emulator with the facade's {@code emulator.*} settings (its
	 * configuration files, command line and test properties), which would not reach it
	 * otherwise.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedEmulator dataverseEmulator(ConfigurableEnvironment environment) {
		return EmbeddedEmulator.start(emulatorSettings(environment));
	}

	/**
	 * Dynamic properties outrank every other source, so no {@code DATAVERSE_*} of the
	 * machine points elsewhere.
	 */
	@Bean
	DynamicPropertyRegistrar dataverseEmulatorProperties(EmbeddedEmulator emulator) {
		return registry -> {
			registry.add("dataverse.url", emulator::url);
			registry.add("dataverse.token-uri", emulator::tokenUri);
			registry.add("dataverse.tenant-id", emulator::tenantId);
			registry.add("dataverse.client-id", emulator::clientId);
			registry.add("dataverse.client-secret", emulator::clientSecret);
			// the secret, even on a machine whose environment has
			// AZURE_FEDERATED_TOKEN_FILE
			registry.add("dataverse.federated-token-file", () -> "");
		};
	}

	/**
	 * Runs the registrars before the facade's beans are made. Tests have one from
	 * Spring's test framework; the local run ({@code spring-boot:test-run}) gets this
	 * one, as Spring Boot's Testcontainers support does.
	 */
	@Bean
	@ConditionalOnMissingBean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DynamicPropertyRegistrarBeanInitializer dynamicPropertyRegistrarBeanInitializer() {
		return new DynamicPropertyRegistrarBeanInitializer();
	}

	static Map<String, String> emulatorSettings(ConfigurableEnvironment environment) {
		Map<String, String> settings = new TreeMap<>();
		environment.getPropertySources().forEach(source -> {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					if (name.startsWith("emulator.") && environment.getProperty(name) != null) {
						settings.put(name, environment.getProperty(name));
					}
				}
			}
		});
		return settings;
	}

}

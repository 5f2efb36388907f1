package dev.dataverseemulator;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The local Dataverse emulator as an application of its own: its own context, port and
 * beans, scanning only this package (outside the facade's, so no facade scan ever finds
 * it) and reading only {@code application-emulator.yml}, so none of the facade's beans,
 * properties records or settings come along. A test-and-local-run tool: it lives in the
 * test tree and never in the facade's jar (ADR 10). Runs alone with profile
 * {@code emulator} (port 8099 on 127.0.0.1 by default; docs/emulator.md says how), or
 * inside another JVM as an {@link EmbeddedEmulator}. Not {@code @SpringBootApplication},
 * which would make {@code spring-boot:test-run} prefer it to the facade's
 * {@code TestJourneyFacadeApplication}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class) })
public class DataverseEmulatorApplication {

	/** The emulator's profile. */
	public static final String PROFILE = "emulator";

	/**
	 * The emulator reads {@code application-emulator.yml} only, never the facade's
	 * {@code application.yml}: the two share a classpath, and the facade's settings
	 * (health groups naming its own indicators, for one) would break or bend the
	 * emulator.
	 */
	public static final String CONFIG_NAME = "application-emulator";

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * The emulator's application, as {@code main} and {@link EmbeddedEmulator} start it.
	 */
	static SpringApplication application() {
		SpringApplication application = new SpringApplication(DataverseEmulatorApplication.class);
		application.setAdditionalProfiles(PROFILE);
		application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
		return application;
	}

}

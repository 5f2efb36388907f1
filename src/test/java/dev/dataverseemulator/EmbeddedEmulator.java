package dev.dataverseemulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The emulator started inside another application's JVM (the facade's local run and its
 * end-to-end tests): its own context on a random port of 127.0.0.1, with its own
 * configuration file and profile only, whatever the host's are. Closing it stops the
 * emulator.
 */
@Slf4j
public final class EmbeddedEmulator implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String url;

	private final EmulatorProperties settings;

	private EmbeddedEmulator(ConfigurableApplicationContext context) {
		this.context = context;
		this.url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
		this.settings = context.getBean(EmulatorProperties.class);
	}

	/**
	 * Starts the emulator: no banner, no shutdown hook of its own (its host closes it),
	 * and no logging listener, which would re-initialise, and on close tear down, the
	 * logging system the host shares.
	 * @param settings {@code emulator.*} settings to start with (the host's, say);
	 * environment variables and system properties the emulator reads itself
	 */
	public static EmbeddedEmulator start(Map<String, String> settings) {
		SpringApplication application = DataverseEmulatorApplication.application();
		application.setMainApplicationClass(DataverseEmulatorApplication.class); // not
																					// the
																					// host's
																					// main
		application.setWebApplicationType(WebApplicationType.SERVLET);
		application.setBannerMode(Banner.Mode.OFF);
		application.setRegisterShutdownHook(false);
		List<ApplicationListener<?>> listeners = new ArrayList<>(application.getListeners());
		listeners.removeIf(LoggingApplicationListener.class::isInstance);
		application.setListeners(listeners);
		List<String> args = new ArrayList<>();
		settings.forEach((name, value) -> args.add("--" + name + "=" + value));
		// as arguments, these beat whatever the host's environment variables and system
		// properties say
		args.add("--spring.config.name=" + DataverseEmulatorApplication.CONFIG_NAME);
		args.add("--spring.profiles.active=" + DataverseEmulatorApplication.PROFILE);
		args.add("--server.port=0");
		args.add("--server.address=127.0.0.1");
		EmbeddedEmulator emulator = new EmbeddedEmulator(application.run(args.toArray(String[]::new)));
		log.info("Dataverse emulator listening on {} (admin: {}/_emulator/stats)", emulator.url(), emulator.url());
		return emulator;
	}

	/**
	 * The emulator's environment URL, {@code http://127.0.0.1:<port>}: what
	 * {@code DATAVERSE_URL} names.
	 */
	public String url() {
		return url;
	}

	/** Its token endpoint: Entra ID's path with the emulator's tenant. */
	public String tokenUri() {
		return url + "/" + settings.tenantId() + "/oauth2/v2.0/token";
	}

	public String tenantId() {
		return settings.tenantId();
	}

	public String clientId() {
		return settings.clientId();
	}

	public String clientSecret() {
		return settings.clientSecret();
	}

	@Override
	public void close() {
		context.close();
		log.info("Dataverse emulator on {} stopped", url);
	}

}

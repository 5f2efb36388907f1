package dev.journeyfacade.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;

/**
 * Profile {@code local}: starts the Dataverse emulator in the same JVM, as a separate application (own
 * context, own random port on 127.0.0.1), and points the facade's {@code dataverse.*} settings at it, so the
 * facade talks to it over real HTTP exactly as it would to Dataverse. Closes it with the facade's context.
 *
 * <p>Registered in {@code META-INF/spring.factories}, the only link between the facade and the emulator:
 * every {@link SpringApplication} in the JVM gets an instance, so the emulator's own application (and any
 * application not in profile {@code local}) is left alone, and one instance starts at most one emulator.
 * It runs after config data has been read, so a profile activated in a config file counts.
 */
@Slf4j
public class LocalEmulatorLauncher implements ApplicationListener<ApplicationEvent>, Ordered {

    /** The profile of the facade that brings the emulator along. */
    public static final String LOCAL_PROFILE = "local";
    /** The property source that points the facade at the emulator. */
    public static final String PROPERTY_SOURCE = "localDataverseEmulator";

    private ConfigurableApplicationContext emulator;
    private ApplicationContext facade;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after config data (profiles) and logging are set up
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            environmentPrepared(prepared);
        } else if (event instanceof ApplicationPreparedEvent prepared && emulator != null) {
            facade = prepared.getApplicationContext();
        } else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == facade) {
            stop();
        } else if (event instanceof ApplicationFailedEvent) {
            stop();
        }
    }

    private void environmentPrepared(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        boolean isEmulatorItself = event.getSpringApplication().getAllSources().contains(DataverseEmulatorApplication.class);
        if (isEmulatorItself || emulator != null || environment.getPropertySources().contains(PROPERTY_SOURCE)
                || !environment.matchesProfiles(LOCAL_PROFILE)) {
            return;
        }
        emulator = start(forwardedProperties(environment));
        int port = ((WebServerApplicationContext) emulator).getWebServer().getPort();
        EmulatorProperties settings = emulator.getBean(EmulatorProperties.class);
        String url = "http://127.0.0.1:" + port;
        Map<String, Object> dataverse = new LinkedHashMap<>();
        dataverse.put("dataverse.url", url);
        dataverse.put("dataverse.token-uri", url + "/" + settings.tenantId() + "/oauth2/v2.0/token");
        dataverse.put("dataverse.tenant-id", settings.tenantId());
        dataverse.put("dataverse.client-id", settings.clientId());
        dataverse.put("dataverse.client-secret", settings.clientSecret());
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, dataverse));
        log.info("Profile 'local': Dataverse emulator listening on {} (admin: {}/_emulator/stats)", url, url);
    }

    /**
     * The emulator's own application: its own configuration file and profile {@code emulator} only (whatever
     * configuration and profiles the facade has), port
     * 0 on loopback, no banner, no shutdown hook of its own (the facade's closes it), and no logging listener,
     * which would re-initialise, and on close tear down, the logging system the facade shares.
     */
    private static ConfigurableApplicationContext start(List<String> forwarded) {
        SpringApplication application = DataverseEmulatorApplication.application();
        application.setMainApplicationClass(DataverseEmulatorApplication.class); // not the facade's main, deduced from the stack
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setBannerMode(Banner.Mode.OFF);
        application.setRegisterShutdownHook(false);
        List<ApplicationListener<?>> listeners = new ArrayList<>(application.getListeners());
        listeners.removeIf(LoggingApplicationListener.class::isInstance);
        application.setListeners(listeners);
        List<String> args = new ArrayList<>(forwarded);
        // as arguments, these beat whatever the facade's environment variables and system properties say
        args.add("--spring.config.name=" + DataverseEmulatorApplication.CONFIG_NAME);
        args.add("--spring.profiles.active=" + DataverseEmulatorApplication.PROFILE);
        args.add("--server.port=0");
        args.add("--server.address=127.0.0.1");
        return application.run(args.toArray(String[]::new));
    }

    /**
     * {@code emulator.*} settings of the facade's environment (its config files, command line), handed to the
     * emulator as arguments: they would not reach it otherwise. Environment variables and system properties it
     * reads itself.
     */
    private static List<String> forwardedProperties(ConfigurableEnvironment environment) {
        TreeSet<String> names = new TreeSet<>();
        environment.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("emulator.")) {
                        names.add(name);
                    }
                }
            }
        });
        List<String> args = new ArrayList<>();
        for (String name : names) {
            String value = environment.getProperty(name);
            if (value != null) {
                args.add("--" + name + "=" + value);
            }
        }
        return args;
    }

    private void stop() {
        ConfigurableApplicationContext running = emulator;
        emulator = null;
        facade = null;
        if (running != null) {
            running.close();
            log.info("Profile 'local': Dataverse emulator stopped");
        }
    }
}

package dev.journeyfacade.emulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The local Dataverse emulator as an application of its own: its own context, port and beans, scanning only
 * this package, so none of the facade's beans or properties records come along. Runs alone with profile
 * {@code emulator} (port 8099 on 127.0.0.1 by default):
 * {@code java -Dloader.main=dev.journeyfacade.emulator.DataverseEmulatorApplication -jar target/journey-facade-*.jar},
 * or beside the facade in profile {@code local} (see {@link LocalEmulatorLauncher}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class DataverseEmulatorApplication {

    /** The profile whose {@code application-emulator.yml} configures the emulator. */
    public static final String PROFILE = "emulator";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DataverseEmulatorApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.run(args);
    }
}

package dev.journeyfacade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Entry point of the journey facade.
 *
 * <p>The scan leaves out the emulator package: the emulator is a separate application (its own context
 * and port) that the {@code local} profile starts beside the facade, never a part of it. Configuration
 * properties are enabled by each feature's own configuration class, not scanned, for the same reason.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.journeyfacade\\.emulator\\..*")})
public class JourneyFacadeApplication {

    public static void main(String[] args) {
        SpringApplication.run(JourneyFacadeApplication.class, args);
    }
}

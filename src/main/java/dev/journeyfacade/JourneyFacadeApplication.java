package dev.journeyfacade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the journey facade. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JourneyFacadeApplication {

    public static void main(String[] args) {
        SpringApplication.run(JourneyFacadeApplication.class, args);
    }
}

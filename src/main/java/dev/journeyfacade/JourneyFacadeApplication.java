package dev.journeyfacade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the journey facade. Configuration properties are enabled by each
 * feature's own configuration class. The local run with the Dataverse emulator is
 * {@code TestJourneyFacadeApplication} in the test tree.
 */
@SpringBootApplication
public class JourneyFacadeApplication {

	public static void main(String[] args) {
		SpringApplication.run(JourneyFacadeApplication.class, args);
	}

}

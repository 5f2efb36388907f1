package dev.journeyfacade;

import org.springframework.boot.SpringApplication;

/**
 * The facade with the Dataverse emulator beside it, in profile {@code local}
 * (authentication off): Spring Boot's test-run idiom, started by
 * {@code ./mvnw spring-boot:test-run}. Lives in the test tree, so the production jar has
 * neither it nor the emulator (ADR 10).
 */
public class TestJourneyFacadeApplication {

	public static void main(String[] args) {
		SpringApplication.from(JourneyFacadeApplication::main)
			.with(LocalDataverseEmulator.class)
			.withAdditionalProfiles("local")
			.run(args);
	}

}

package dev.journeyfacade.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar that ships, as {@code package} leaves it in {@code target/} (run by failsafe
 * after {@code package}): the facade and its libraries, nothing of the test tree — no
 * Dataverse emulator, no local-run application, no test library (ADR 10).
 */
class ProductionJarIT {

	private static List<String> entries;

	private static Manifest manifest;

	@BeforeAll
	static void readTheJar() throws IOException {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter(p -> p.getFileName().toString().matches("journey-facade-.+\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no journey-facade-*.jar in target/: run package first"));
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			entries = Collections.list(file.entries()).stream().map(entry -> entry.getName()).toList();
			manifest = file.getManifest();
		}
	}

	@Test
	void startsTheFacade() {
		assertThat(manifest.getMainAttributes().getValue("Start-Class"))
			.isEqualTo("dev.journeyfacade.JourneyFacadeApplication");
		assertThat(entries).contains("BOOT-INF/classes/dev/journeyfacade/JourneyFacadeApplication.class",
				"BOOT-INF/classes/application.yml");
	}

	@Test
	void holdsNoEmulatorClassAndNoEmulatorConfiguration() {
		assertThat(entries).as("the jar holds classes (or the check below proves nothing)")
			.anyMatch(name -> name.startsWith("BOOT-INF/classes/dev/journeyfacade/journey/"));
		assertThat(entries).noneMatch(
				name -> name.contains("dataverseemulator") || name.contains("/emulator/") || name.contains("Emulator"));
		assertThat(entries).doesNotContain("BOOT-INF/classes/application-emulator.yml", "META-INF/spring.factories",
				"BOOT-INF/classes/META-INF/spring.factories");
	}

	@Test
	void holdsNothingOfTheTestTree() {
		assertThat(entries).noneMatch(name -> name.startsWith("BOOT-INF/classes/") && (name.endsWith("Test.class")
				|| name.endsWith("IT.class") || name.contains("TestJourneyFacadeApplication")
				|| name.contains("LocalDataverseEmulator") || name.contains("TestIdentityProvider")));
		assertThat(entries.stream().filter(name -> name.startsWith("BOOT-INF/lib/"))).isNotEmpty()
			.noneMatch(name -> name
				.matches("BOOT-INF/lib/(wiremock|archunit|selenium|testcontainers|junit|assertj|spring-test|"
						+ "mockito|awaitility|helm-java).*"));
	}

}

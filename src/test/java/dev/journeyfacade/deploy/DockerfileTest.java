package dev.journeyfacade.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's promises that need no container engine to check (ContainerImageTest
 * runs the image where one exists): a build stage with the wrapper, a runtime stage with
 * nothing but the extracted jar and its class data archive, a numeric user, the port, the
 * container JVM flags and JSON logs.
 */
class DockerfileTest {

	private final List<List<String>> stages = stages(Path.of("Dockerfile"));

	@Test
	void buildsWithTheMavenWrapperOnAJdkAndExtractsTheLayers() {
		String build = String.join("\n", stages.get(0));

		assertThat(stages).hasSize(2);
		assertThat(build).startsWith("FROM eclipse-temurin:17-jdk AS build")
			.contains("./mvnw -B -q package")
			.contains("java -Djarmode=tools -jar app.jar extract --layers --destination extracted")
			.doesNotContain("--launcher"); // class data sharing archives classes from
											// plain jars only
	}

	@Test
	void runsOnAJreWithOnlyTheExtractedLayersAsANumericNonRootUser() {
		List<String> runtime = stages.get(1);

		assertThat(runtime.get(0)).isEqualTo("FROM eclipse-temurin:17-jre");
		assertThat(runtime).filteredOn(line -> line.startsWith("COPY"))
			.extracting(line -> line.replaceAll("^COPY --from=build /build/extracted/([a-z-]+)/ ./$", "$1"))
			.containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
		assertThat(runtime).noneMatch(line -> line.startsWith("ADD"));
		assertThat(runtime).filteredOn(line -> line.startsWith("RUN"))
			.singleElement()
			.asString()
			.contains("-XX:ArchiveClassesAtExit=application.jsa"); // the class data
																	// training run,
																	// nothing else
		assertThat(runtime).anyMatch(line -> line.matches("USER [1-9][0-9]*:[0-9]+"));
		assertThat(runtime).contains("EXPOSE 8080");
	}

	@Test
	void trainsTheClassDataArchiveAsRootWithTheEntryPointsFlagsAndUnreachablePlaceholders() {
		List<String> runtime = stages.get(1);
		String training = runtime.stream().filter(line -> line.startsWith("RUN")).findFirst().orElseThrow();
		String entryPoint = runtime.stream().filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElseThrow();

		assertThat(runtime.indexOf(training)).isLessThan(
				runtime.indexOf(runtime.stream().filter(line -> line.startsWith("USER")).findFirst().orElseThrow()));
		assertThat(training).contains("-Dspring.context.exit=onRefresh", "-jar app.jar", "-XX:MaxRAMPercentage=75",
				"-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp");
		assertThat(training.replaceAll("https://training\\.invalid[^ ]*", "")).doesNotContain("://");
		assertThat(entryPoint).contains("\"-XX:SharedArchiveFile=application.jsa\"", "\"-jar\", \"app.jar\"");
	}

	@Test
	void startsTheJvmWithContainerFlagsAndJsonLogs() {
		String runtime = String.join("\n", stages.get(1));

		assertThat(runtime).contains("\"-XX:MaxRAMPercentage=75\"", "\"-XX:+ExitOnOutOfMemoryError\"",
				"\"-Djava.io.tmpdir=/tmp\"", "LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs");
	}

	@Test
	void keepsPlainTextLogsOutsideTheContainer() throws IOException {
		// JSON only where the image sets it: application.yml chooses no structured
		// format (it only names the fields of one, JsonLogsTest).
		assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).doesNotContain("structured.format")
			.doesNotContain("format:");
	}

	/** Instructions per stage, continuation lines joined, comments dropped. */
	private static List<List<String>> stages(Path dockerfile) {
		try {
			String joined = Arrays.stream(Files.readString(dockerfile).split("\n"))
				.filter(line -> !line.trim().startsWith("#"))
				.collect(Collectors.joining("\n"))
				.replaceAll("\\\\\n\\s*", " ");
			List<List<String>> stages = new ArrayList<>();
			for (String line : joined.split("\n")) {
				String instruction = line.trim().replaceAll("\\s+", " ");
				if (instruction.startsWith("FROM ")) {
					stages.add(new ArrayList<>());
				}
				if (!instruction.isEmpty() && !stages.isEmpty()) {
					stages.get(stages.size() - 1).add(instruction);
				}
			}
			return stages;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}

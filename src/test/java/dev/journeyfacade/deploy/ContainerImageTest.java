package dev.journeyfacade.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dataverseemulator.EmbeddedEmulator;
import dev.journeyfacade.TestIdentityProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame.OutputType;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The image as the Dockerfile at the repository root builds it (from source,
 * multi-stage), started the way the Helm chart runs it — read-only root filesystem, /tmp
 * on a tmpfs, default profile, inbound authentication on — against a Dataverse emulator
 * in this JVM on 127.0.0.1 (the image has no emulator: ADR 10), on the host's network so
 * that loopback is shared; answering its readiness probe and an authenticated call.
 *
 * <p>
 * Needs a container engine (Docker API): skipped with the reason when there is none. The
 * image keeps a fixed tag, so a re-run replaces it and reuses the cached dependency layer
 * instead of leaving a new image behind each time (nothing removes test images when
 * Testcontainers' reaper is off, as with Podman here).
 */
class ContainerImageTest {

	static final String IMAGE = "localhost/journey-facade:container-test";

	private static final Path ROOT = Path.of("").toAbsolutePath();

	// CAs this machine added to its trust store (a TLS-inspecting proxy between it and
	// Maven Central);
	// the image's build stage must trust them too to download the build's dependencies.
	private static final Path LOCAL_CAS = Path.of("/usr/local/share/ca-certificates");

	@BeforeEach // per test, not per class: surefire then reports the test as skipped,
				// with this reason
	void containerEngine() {
		assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
				"no container engine reachable (no Docker API at DOCKER_HOST or the default socket): the image test "
						+ "is skipped; any Docker-compatible engine makes it run (Docker, or Podman serving its Docker API: "
						+ "https://docs.podman.io/en/latest/markdown/podman-system-service.1.html)");
	}

	@Test
	void theImageStartsInTheDefaultProfileAgainstDataverseAndAnswersItsReadinessProbe() throws Exception {
		ImageFromDockerfile image = new ImageFromDockerfile(IMAGE, false)
			// The build context of .dockerignore: the wrapper, the pom and the main
			// sources.
			.withFileFromPath("Dockerfile", ROOT.resolve("Dockerfile"))
			.withFileFromPath(".dockerignore", ROOT.resolve(".dockerignore"))
			.withFileFromPath("mvnw", ROOT.resolve("mvnw"))
			.withFileFromPath("pom.xml", ROOT.resolve("pom.xml"))
			.withFileFromPath(".mvn", ROOT.resolve(".mvn"))
			.withFileFromPath("src/main", ROOT.resolve("src/main"))
			.withFileFromPath("src/lombok.config", ROOT.resolve("src/lombok.config"))
			.withBuildArg("EXTRA_CA_CERTS", localCertificates());

		int port = freePort();
		String facade = "http://127.0.0.1:" + port;
		HttpClient http = HttpClient.newHttpClient();
		try (EmbeddedEmulator dataverse = EmbeddedEmulator.start(Map.of());
				GenericContainer<?> app = new GenericContainer<>(image).withNetworkMode("host")
					.withEnv(Map.ofEntries(Map.entry("SERVER_ADDRESS", "127.0.0.1"),
							Map.entry("SERVER_PORT", Integer.toString(port)),
							Map.entry("DATAVERSE_URL", dataverse.url()),
							Map.entry("DATAVERSE_TOKEN_URI", dataverse.tokenUri()),
							Map.entry("DATAVERSE_TENANT_ID", dataverse.tenantId()),
							Map.entry("DATAVERSE_CLIENT_ID", dataverse.clientId()),
							Map.entry("DATAVERSE_CLIENT_SECRET", dataverse.clientSecret()),
							// required outside profile local: the chart takes it from its
							// Secret
							Map.entry("JOURNEY_PAGE_TOKEN_KEYS", "container-test-page-token-key-32-chars"),
							Map.entry("AUTH_ISSUER_URI", TestIdentityProvider.ISSUER),
							Map.entry("AUTH_JWK_SET_URI", TestIdentityProvider.jwkSetUri()),
							Map.entry("AUTH_AUDIENCE", TestIdentityProvider.AUDIENCE)))
					.withTmpFs(Map.of("/tmp", "rw"))
					.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withReadonlyRootfs(true))
					// the host's network has no port mapping to probe: the log line says
					// the server is up
					.waitingFor(Wait.forLogMessage(".*Started JourneyFacadeApplication.*", 1)
						.withStartupTimeout(Duration.ofMinutes(3)))) {
			app.start();

			HttpResponse<String> readiness = await().atMost(Duration.ofSeconds(30))
				.until(() -> http.send(
						HttpRequest.newBuilder(URI.create(facade + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString()), response -> response.statusCode() == 200);
			assertThat(readiness.body()).contains("\"status\":\"UP\"");

			HttpResponse<String> journeys = http.send(HttpRequest.newBuilder(URI.create(facade + "/api/v1/journeys"))
				.header("Authorization", "Bearer " + TestIdentityProvider.tokenWithScopes("journeys.read"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(journeys.statusCode()).as("an authenticated call reaches Dataverse").isEqualTo(200);
			assertThat(journeys.body()).contains("\"items\"");
			HttpResponse<String> anonymous = http.send(
					HttpRequest.newBuilder(URI.create(facade + "/api/v1/journeys")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(anonymous.statusCode()).as("authentication is on").isEqualTo(401);

			ExecResult user = app.execInContainer("id", "-u");
			assertThat(user.getStdout().trim()).as("runs as the image's numeric non-root user").isEqualTo("10001");
			// Structured logs: every line on stdout is one JSON object.
			assertThat(app.getLogs(OutputType.STDOUT).lines().filter(line -> !line.isBlank())).isNotEmpty()
				.allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String localCertificates() throws IOException {
		if (!Files.isDirectory(LOCAL_CAS)) {
			return "";
		}
		try (Stream<Path> files = Files.list(LOCAL_CAS)) {
			return files.filter(file -> file.toString().endsWith(".crt")).sorted().map(file -> {
				try {
					return Files.readString(file);
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}).collect(Collectors.joining("\n"));
		}
	}

}

package dev.journeyfacade.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
 * The image as the Dockerfile at the repository root builds it (from source, multi-stage), started the way
 * the Helm chart runs it — read-only root filesystem, /tmp on a tmpfs — in the {@code local} profile (the
 * Dataverse emulator in the same process), answering its readiness probe.
 *
 * <p>Needs a container engine (Docker API): skipped with the reason when there is none. The image keeps a
 * fixed tag, so a re-run replaces it and reuses the cached dependency layer instead of leaving a new image
 * behind each time (nothing removes test images when Testcontainers' reaper is off, as with Podman here).
 */
class ContainerImageTest {

    static final String IMAGE = "localhost/journey-facade:container-test";
    private static final Path ROOT = Path.of("").toAbsolutePath();
    // CAs this machine added to its trust store (a TLS-inspecting proxy between it and Maven Central);
    // the image's build stage must trust them too to download the build's dependencies.
    private static final Path LOCAL_CAS = Path.of("/usr/local/share/ca-certificates");

    @BeforeEach // per test, not per class: surefire then reports the test as skipped, with this reason
    void containerEngine() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "no container engine reachable (no Docker API at DOCKER_HOST or the default socket): the image test "
                        + "is skipped; `source ../shared/tools/container-engine.sh` (or any Docker) makes it run");
    }

    @Test
    void theImageStartsInTheLocalProfileAndAnswersItsReadinessProbe() throws Exception {
        ImageFromDockerfile image = new ImageFromDockerfile(IMAGE, false)
                // The build context of .dockerignore: the wrapper, the pom and the main sources.
                .withFileFromPath("Dockerfile", ROOT.resolve("Dockerfile"))
                .withFileFromPath(".dockerignore", ROOT.resolve(".dockerignore"))
                .withFileFromPath("mvnw", ROOT.resolve("mvnw"))
                .withFileFromPath("pom.xml", ROOT.resolve("pom.xml"))
                .withFileFromPath(".mvn", ROOT.resolve(".mvn"))
                .withFileFromPath("src/main", ROOT.resolve("src/main"))
                .withBuildArg("EXTRA_CA_CERTS", localCertificates());

        try (GenericContainer<?> app = new GenericContainer<>(image)
                .withEnv("SPRING_PROFILES_ACTIVE", "local")
                .withExposedPorts(8080)
                .withTmpFs(Map.of("/tmp", "rw"))
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withReadonlyRootfs(true))
                .waitingFor(Wait.forHttp("/actuator/health/readiness").forPort(8080).forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)))) {
            app.start();

            HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://" + app.getHost() + ":" + app.getMappedPort(8080) + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");

            ExecResult user = app.execInContainer("id", "-u");
            assertThat(user.getStdout().trim()).as("runs as the image's numeric non-root user").isEqualTo("10001");
            // Structured logs: every line on stdout is one JSON object.
            assertThat(app.getLogs(OutputType.STDOUT).lines().filter(line -> !line.isBlank()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
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
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}

package dev.journeyfacade.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.journeyfacade.JourneyFacadeApplication;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A rolling update drops no request: when the context closes (SIGTERM in a pod), the server stops taking
 * new connections but lets a request already in flight finish with its normal answer.
 *
 * <p>The application is started here rather than by the Spring test framework, because the test closes it,
 * which a cached test context does not allow.
 */
class GracefulShutdownTest {

    private static final CountDownLatch ENTERED = new CountDownLatch(1);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Test-only endpoint whose request stays in flight until the test lets it finish. */
    @RestController
    static class SlowController {

        @GetMapping("/test/slow")
        String slow() throws InterruptedException {
            ENTERED.countDown();
            return RELEASE.await(30, TimeUnit.SECONDS) ? "finished" : "gave up";
        }
    }

    /** The application's scan sees only main classes (and not other tests' configurations), as in production. */
    static final class MainClassesOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }
    }

    private ConfigurableApplicationContext context;

    @AfterEach
    void close() {
        RELEASE.countDown();
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aRequestInFlightCompletesWhileTheContextCloses() throws Exception {
        context = new SpringApplicationBuilder(JourneyFacadeApplication.class, SlowController.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("mainClassesOnly", new MainClassesOnly()))
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                        "--dataverse.url=http://127.0.0.1:9", "--dataverse.tenant-id=t", "--dataverse.client-id=c",
                        "--dataverse.client-secret=s");
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ENTERED.await(10, TimeUnit.SECONDS)).as("the request reached the controller").isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        // Shutdown is under way: the server no longer accepts connections, and the request is still open.
        await().atMost(Duration.ofSeconds(10)).until(() -> refusesNewConnections(port));
        assertThat(inFlight).isNotDone();
        RELEASE.countDown();

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
        closing.get(30, TimeUnit.SECONDS);
        assertThat(context.isActive()).isFalse();
    }

    private static boolean refusesNewConnections(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return false;
        } catch (ConnectException refused) {
            return true;
        }
    }
}

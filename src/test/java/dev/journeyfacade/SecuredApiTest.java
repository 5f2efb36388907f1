package dev.journeyfacade;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole application with authentication on, its tokens checked against {@link TestIdentityProvider} and
 * Dataverse on a WireMock server on 127.0.0.1. One context for every subclass.
 */
@SpringBootTest(properties = {
        "dataverse.tenant-id=tenant-1",
        "dataverse.client-id=facade-client",
        "dataverse.client-secret=test-secret",
        "dataverse.retry.max-attempts=1",
        "auth.cors.allowed-origins=https://app.example.test"})
@AutoConfigureMockMvc
@Import(TestIdentityProvider.CallerWithEveryPermission.class)
public abstract class SecuredApiTest {

    protected static final WireMockServer DATAVERSE = startDataverse();

    @Autowired
    protected MockMvcTester mvc;

    private static WireMockServer startDataverse() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void dataverse(DynamicPropertyRegistry registry) {
        registry.add("dataverse.url", DATAVERSE::baseUrl);
        registry.add("dataverse.token-uri", () -> DATAVERSE.baseUrl() + "/token");
        TestIdentityProvider.register(registry);
    }
}

package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.throttling.ThrottlingSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code emulator.*} settings: defaults, binding of start-time throttling, validation
 * at start.
 */
class EmulatorPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmulatorConfiguration.class);

	@Test
	void throttlingStartsFromTheEmulatorThrottlingProperties() {
		runner
			.withPropertyValues("emulator.throttling.rate-limit.enabled=true",
					"emulator.throttling.rate-limit.max-requests=600", "emulator.throttling.rate-limit.window=5s",
					"emulator.throttling.rate-limit.max-concurrent=8",
					"emulator.throttling.rate-limit.max-execution-time=90s", "emulator.throttling.random.share=0.25",
					"emulator.throttling.random.retry-after=3s", "emulator.throttling.random.shares.request-count=2",
					"emulator.throttling.random.shares.concurrency=1", "emulator.throttling.latency=40ms",
					"emulator.throttling.seed=9", "emulator.throttling.dop-hint=4", "emulator.throttling.web-servers=3",
					"emulator.throttling.ignore-return-representation=true")
			.run(context -> assertThat(
					context.getBean(dev.dataverseemulator.throttling.ThrottlingGate.class).settings())
				.isEqualTo(new ThrottlingSettings(new ThrottlingSettings.RateLimit(true, 600, 5, 8, 90_000),
						new ThrottlingSettings.RandomFaults(0.25, 3, new ThrottlingSettings.Shares(2, 0, 1)), 40, 9, 4,
						3, true)));
	}

	@Test
	void defaultsLookLikeDataverseAndAreOff() {
		runner.run(context -> {
			EmulatorProperties properties = context.getBean(EmulatorProperties.class);
			assertThat(properties.throttling().rateLimit().enabled()).isFalse();
			assertThat(properties.throttling().rateLimit().maxRequests()).isEqualTo(6000);
			assertThat(properties.throttling().rateLimit().window()).hasSeconds(300);
			assertThat(properties.throttling().rateLimit().maxConcurrent()).isEqualTo(52);
			assertThat(properties.throttling().rateLimit().maxExecutionTime()).hasMinutes(20);
			assertThat(properties.throttling().random().shares()).isEqualTo(new EmulatorProperties.Shares(1, 0, 0));
			assertThat(properties.throttling().dopHint()).isEqualTo(8);
			assertThat(properties.throttling().webServers()).isEqualTo(1);
			assertThat(properties.throttling().ignoreReturnRepresentation()).isFalse();
			assertThat(properties.outboundMarketing().enabled()).isTrue();
			assertThat(properties.impersonation().applicationUserMayActOnBehalf()).isTrue();
			assertThat(properties.federatedCredentials())
				.containsExactly(EmulatorProperties.DEFAULT_FEDERATED_CREDENTIAL);
			assertThat(properties.tokenLifetime()).hasSeconds(3600);
			assertThat(properties.lifecycleDelay()).hasSeconds(2);
			assertThat(properties.toString()).doesNotContain(properties.clientSecret());
		});
	}

	@Test
	void invalidSettingsStopTheStart() {
		runner.withPropertyValues("emulator.throttling.random.share=1.5")
			.run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("emulator.throttling.rate-limit.max-concurrent=0")
			.run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("emulator.client-secret=").run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("emulator.throttling.web-servers=0").run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("emulator.federated-credentials[0].issuer=https://issuer.example/")
			.run(context -> assertThat(context).hasFailed()); // no subject
	}

	@Test
	void federatedCredentialsBindWithTheRecommendedAudienceByDefault() {
		runner
			.withPropertyValues("emulator.federated-credentials[0].issuer=https://issuer.example/",
					"emulator.federated-credentials[0].subject=system:serviceaccount:journeys:facade")
			.run(context -> assertThat(context.getBean(EmulatorProperties.class).federatedCredentials())
				.containsExactly(new EmulatorProperties.FederatedCredential("https://issuer.example/",
						"system:serviceaccount:journeys:facade", List.of("api://AzureADTokenExchange"), null)));
	}

}

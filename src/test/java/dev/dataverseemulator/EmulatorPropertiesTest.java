package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.throttling.ThrottlingSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code emulator.*} settings: defaults, binding of start-time throttling, validation at start. */
class EmulatorPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmulatorConfiguration.class);

    @Test
    void throttlingStartsFromTheEmulatorThrottlingProperties() {
        runner.withPropertyValues("emulator.throttling.rate-limit.enabled=true",
                        "emulator.throttling.rate-limit.max-requests=600", "emulator.throttling.rate-limit.window=5s",
                        "emulator.throttling.rate-limit.max-concurrent=8", "emulator.throttling.random.share=0.25",
                        "emulator.throttling.random.retry-after=3s", "emulator.throttling.latency=40ms",
                        "emulator.throttling.seed=9")
                .run(context -> assertThat(context.getBean(dev.dataverseemulator.throttling.ThrottlingGate.class)
                        .settings()).isEqualTo(new ThrottlingSettings(
                        new ThrottlingSettings.RateLimit(true, 600, 5, 8),
                        new ThrottlingSettings.RandomFaults(0.25, 3), 40, 9)));
    }

    @Test
    void defaultsLookLikeDataverseAndAreOff() {
        runner.run(context -> {
            EmulatorProperties properties = context.getBean(EmulatorProperties.class);
            assertThat(properties.throttling().rateLimit().enabled()).isFalse();
            assertThat(properties.throttling().rateLimit().maxRequests()).isEqualTo(6000);
            assertThat(properties.throttling().rateLimit().window()).hasSeconds(300);
            assertThat(properties.throttling().rateLimit().maxConcurrent()).isEqualTo(52);
            assertThat(properties.tokenLifetime()).hasSeconds(3600);
            assertThat(properties.lifecycleDelay()).hasSeconds(2);
            assertThat(properties.toString()).doesNotContain(properties.clientSecret());
        });
    }

    @Test
    void invalidSettingsStopTheStart() {
        runner.withPropertyValues("emulator.throttling.random.share=1.5").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("emulator.throttling.rate-limit.max-concurrent=0").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("emulator.client-secret=").run(context -> assertThat(context).hasFailed());
    }
}

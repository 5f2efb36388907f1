package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/**
 * The page-token keys are a setting of their own: required outside the {@code local}
 * profile, newest first, each long enough; nothing is derived from the Dataverse
 * credential.
 */
class PageTokenPropertiesTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PageTokenProperties.class)
	static class PropertiesOnly {

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void bindsTheKeysNewestFirstFromOneCommaSeparatedValue() {
		runner.withPropertyValues("journey.page-token.keys=" + "n".repeat(32) + "," + "o".repeat(32))
			.run(context -> assertThat(context.getBean(PageTokenProperties.class).keys())
				.containsExactly("n".repeat(32), "o".repeat(32)));
	}

	@Test
	void aKeyShorterThan32CharactersStopsStartUpAndNamesTheVariable() {
		runner.withPropertyValues("journey.page-token.keys=too-short")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("JOURNEY_PAGE_TOKEN_KEYS"));
	}

	@Test
	void outsideTheLocalProfileThereIsNoPageTokenWithoutAKey() {
		PageTokenProperties none = new PageTokenProperties(List.of());

		assertThatThrownBy(() -> DataverseClientConfiguration.pageTokenKeys(none, new MockEnvironment()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("JOURNEY_PAGE_TOKEN_KEYS");
	}

	@Test
	void theLocalProfileMakesAKeyAtStartUpWhenNoneIsConfigured() {
		MockEnvironment local = new MockEnvironment();
		local.setActiveProfiles("local");

		assertThat(DataverseClientConfiguration.pageTokenKeys(new PageTokenProperties(List.of()), local))
			.singleElement()
			.satisfies(key -> assertThat(key).hasSize(32));
	}

	@Test
	void theConfiguredKeysAreUsedAsTheyAreInTheirOrder() {
		PageTokenProperties keys = new PageTokenProperties(List.of("n".repeat(32), "o".repeat(32)));

		assertThat(DataverseClientConfiguration.pageTokenKeys(keys, new MockEnvironment())).containsExactly(
				"n".repeat(32).getBytes(StandardCharsets.UTF_8), "o".repeat(32).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void neverPrintsAKey() {
		assertThat(new PageTokenProperties(List.of("s".repeat(40))).toString()).doesNotContain("sss");
	}

}

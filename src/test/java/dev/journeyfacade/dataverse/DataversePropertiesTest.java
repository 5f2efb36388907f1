package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Settings are bound once and checked at start-up; a missing one names its environment
 * variable.
 */
class DataversePropertiesTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DataverseProperties.class)
	static class PropertiesOnly {

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void startUpFailsWithoutTheDataverseUrlAndSaysWhichVariableToSet() {
		runner.withPropertyValues("dataverse.tenant-id=t", "dataverse.client-id=c", "dataverse.client-secret=s")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("DATAVERSE_URL"));
	}

	@Test
	void startUpFailsWithoutTheClientSecretAndSaysWhichVariableToSet() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com", "dataverse.tenant-id=t",
					"dataverse.client-id=c")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("DATAVERSE_CLIENT_SECRET"));
	}

	@Test
	void defaultsTokenEndpointScopeAndApiVersionFromTheUrlAndTenant() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com/", "dataverse.tenant-id=contoso",
					"dataverse.client-id=c", "dataverse.client-secret=s")
			.run(context -> {
				DataverseProperties properties = context.getBean(DataverseProperties.class);
				assertThat(properties.effectiveTokenUri())
					.isEqualTo(URI.create("https://login.microsoftonline.com/contoso/oauth2/v2.0/token"));
				assertThat(properties.effectiveScope()).isEqualTo("https://org.crm.dynamics.com/.default");
				assertThat(properties.apiBaseUrl()).isEqualTo("https://org.crm.dynamics.com/api/data/v9.2");
				assertThat(properties.retry().maxAttempts()).isEqualTo(4);
				assertThat(properties.concurrency().maxInFlight()).isLessThan(52);
			});
	}

	@Test
	void theSeedsApiVersionWorksToo() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com", "dataverse.tenant-id=t",
					"dataverse.client-id=c", "dataverse.client-secret=s", "dataverse.api-version=v9.0")
			.run(context -> assertThat(context.getBean(DataverseProperties.class).apiBaseUrl())
				.isEqualTo("https://org.crm.dynamics.com/api/data/v9.0"));
	}

	@Test
	void aConcurrencyCapAtDataversesOwnLimitIsRefused() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com", "dataverse.tenant-id=t",
					"dataverse.client-id=c", "dataverse.client-secret=s", "dataverse.concurrency.max-in-flight=52")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void neverPrintsTheSecret() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com", "dataverse.tenant-id=t",
					"dataverse.client-id=c", "dataverse.client-secret=very-secret")
			.run(context -> assertThat(context.getBean(DataverseProperties.class).toString())
				.doesNotContain("very-secret"));
	}

}

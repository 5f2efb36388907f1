package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

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
	void startUpFailsWithoutACredentialAndSaysWhichVariablesToSet() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com", "dataverse.tenant-id=t",
					"dataverse.client-id=c")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("DATAVERSE_CLIENT_SECRET"));
	}

	@Test
	void startUpFailsWithBothASecretAndAFederatedTokenFile() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com", "dataverse.tenant-id=t",
					"dataverse.client-id=c", "dataverse.client-secret=s",
					"dataverse.federated-token-file=/var/run/secrets/azure/tokens/azure-identity-token")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("DATAVERSE_CLIENT_SECRET")
				.hasMessageContaining("AZURE_FEDERATED_TOKEN_FILE"));
	}

	@Test
	void aFederatedTokenFileTakesThePlaceOfTheSecret() {
		runner
			.withPropertyValues("dataverse.url=https://org.crm.dynamics.com", "dataverse.tenant-id=t",
					"dataverse.client-id=c",
					"dataverse.federated-token-file=/var/run/secrets/azure/tokens/azure-identity-token")
			.run(context -> assertThat(context.getBean(DataverseProperties.class).usesWorkloadIdentity()).isTrue());
	}

	@Test
	void theVariablesAksInjectsForWorkloadIdentityConfigureTheClient() {
		// application.yml maps them; DATAVERSE_* would win
		Map<String, Object> aks = Map.of("DATAVERSE_URL", "https://org.crm.dynamics.com", "AZURE_CLIENT_ID",
				"wi-client", "AZURE_TENANT_ID", "wi-tenant", "AZURE_FEDERATED_TOKEN_FILE",
				"/var/run/secrets/azure/tokens/azure-identity-token", "AZURE_AUTHORITY_HOST",
				"https://login.microsoftonline.us/");
		runner.withInitializer(context -> {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, aks));
			new ConfigDataApplicationContextInitializer().initialize(context);
		}).run(context -> {
			DataverseProperties properties = context.getBean(DataverseProperties.class);
			assertThat(properties.clientId()).isEqualTo("wi-client");
			assertThat(properties.tenantId()).isEqualTo("wi-tenant");
			assertThat(properties.usesWorkloadIdentity()).isTrue();
			assertThat(properties.federatedTokenFile())
				.isEqualTo(Path.of("/var/run/secrets/azure/tokens/azure-identity-token"));
			assertThat(properties.effectiveTokenUri())
				.isEqualTo(URI.create("https://login.microsoftonline.us/wi-tenant/oauth2/v2.0/token"));
		});
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

package dev.journeyfacade.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import dev.journeyfacade.dataverse.DataverseProperties;
import dev.journeyfacade.dataverse.PageTokenProperties;
import dev.journeyfacade.dataverse.ImpersonationProperties;
import dev.journeyfacade.web.AuthProperties;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.micrometer.tracing.autoconfigure.TracingProperties;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Helm chart, linted and rendered by Helm's own engine (helm-java bundles it; no
 * cluster, no helm binary), checked on what an operator relies on: security context,
 * probes on the application's real health groups, the client secret referenced and never
 * inlined, environment variables that bind to the application's settings, the optional
 * resources' switches, a values-schema violation refused, pods rolled on a change.
 */
class HelmChartTest {

	private static final List<String> REQUIRED = List.of("required-values.yaml");

	private static final List<String> PRODUCTION = List.of("production-values.yaml");

	@Test
	void lintsCleanWithTheChartsOwnValues() {
		LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();

		assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
	}

	@Test
	void rendersTheCoreResourcesWithTheRequiredValuesAndNoOptionalOnes() {
		RenderedChart chart = RenderedChart.render(REQUIRED);

		assertThat(chart.kinds()).containsExactlyInAnyOrder("ServiceAccount", "ConfigMap", "Service", "Deployment",
				"PodDisruptionBudget");
		assertThat(chart.get("Deployment").path("spec").path("replicas").asInt()).isEqualTo(2);
		assertThat(chart.get("Service").path("spec").path("ports")).singleElement()
			.satisfies(port -> assertThat(port.path("targetPort").asString()).isEqualTo("http"));
	}

	@Test
	void rendersEveryOptionalResourceWithTheProductionValues() {
		RenderedChart chart = RenderedChart.render(PRODUCTION);

		assertThat(chart.kinds()).containsExactlyInAnyOrder("ServiceAccount", "ConfigMap", "Service", "Deployment",
				"PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "Ingress", "ServiceMonitor");
		assertThat(chart.container().path("image").asString()).isEqualTo(
				"registry.example.com/marketing/journey-facade@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
	}

	@Test
	void refusesAnInstallWithoutTheRequiredValuesAndNamesThem() {
		assertThatThrownBy(() -> RenderedChart.render(List.of())).hasMessageContaining("dataverse.url (DATAVERSE_URL)")
			.hasMessageContaining("dataverse.tenantId (DATAVERSE_TENANT_ID)")
			.hasMessageContaining("dataverse.clientId (DATAVERSE_CLIENT_ID)")
			.hasMessageContaining("dataverse.existingSecret")
			.hasMessageContaining("dataverse.workloadIdentity.enabled")
			.hasMessageContaining("pageTokens.existingSecret")
			.hasMessageContaining("auth.issuerUri (AUTH_ISSUER_URI)")
			.hasMessageContaining("auth.audience (AUTH_AUDIENCE)");
	}

	@Test
	void runsAsANonRootUserOnAReadOnlyRootFilesystemWithoutCapabilities() {
		for (RenderedChart chart : List.of(RenderedChart.render(REQUIRED), RenderedChart.render(PRODUCTION))) {
			JsonNode pod = chart.podSpec().path("securityContext");
			assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
			assertThat(pod.path("runAsUser").asInt()).isEqualTo(10001); // the image's
																		// USER
			assertThat(pod.path("seccompProfile").path("type").asString()).isEqualTo("RuntimeDefault");

			JsonNode container = chart.container().path("securityContext");
			assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
			assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
			assertThat(container.path("runAsNonRoot").asBoolean()).isTrue();
			assertThat(container.path("capabilities").path("drop")).extracting(JsonNode::asString)
				.containsExactly("ALL");

			// Read-only root: /tmp (java.io.tmpdir in the image) is an emptyDir.
			assertThat(chart.container().path("volumeMounts"))
				.anySatisfy(mount -> assertThat(mount.path("mountPath").asString()).isEqualTo("/tmp"));
			assertThat(chart.podSpec().path("volumes"))
				.anySatisfy(volume -> assertThat(volume.path("emptyDir").isObject()).isTrue());
			assertThat(chart.podSpec().path("automountServiceAccountToken").asBoolean(true)).isFalse();
		}
	}

	@Test
	void setsResourcesAndSpreadsPodsOverNodesAndZones() {
		RenderedChart chart = RenderedChart.render(REQUIRED);

		JsonNode resources = chart.container().path("resources");
		assertThat(resources.path("requests").path("cpu").asString()).isNotEmpty();
		assertThat(resources.path("requests").path("memory").asString()).isNotEmpty();
		assertThat(resources.path("limits").path("memory").asString()).isNotEmpty();
		assertThat(chart.podSpec().path("topologySpreadConstraints")).extracting(c -> c.path("topologyKey").asString())
			.containsExactly("kubernetes.io/hostname", "topology.kubernetes.io/zone");
	}

	@Test
	void probesAskTheApplicationsHealthGroups() throws IOException {
		JsonNode management = applicationYamlForEveryProfile().path("management");
		JsonNode groups = management.path("endpoint").path("health").path("group");
		assertThat(management.path("endpoint").path("health").path("probes").path("enabled").asBoolean()).isTrue();
		// Liveness must not depend on Dataverse (an outage there would restart every
		// pod); readiness does.
		assertThat(groups.path("liveness").path("include").asString()).doesNotContain("dataverse");
		assertThat(groups.path("readiness").path("include").asString()).contains("dataverse");
		String basePath = management.path("endpoints").path("web").path("base-path").asString("/actuator");

		for (RenderedChart chart : List.of(RenderedChart.render(REQUIRED), RenderedChart.render(PRODUCTION))) {
			JsonNode container = chart.container();
			assertThat(container.path("startupProbe").path("httpGet").path("path").asString())
				.isEqualTo(basePath + "/health/liveness");
			assertThat(container.path("livenessProbe").path("httpGet").path("path").asString())
				.isEqualTo(basePath + "/health/liveness");
			assertThat(container.path("readinessProbe").path("httpGet").path("path").asString())
				.isEqualTo(basePath + "/health/readiness");
			// Actuator shares the server's port (no management.server.port), which the
			// container names http.
			assertThat(management.path("server").path("port").isMissingNode()).isTrue();
			assertThat(chart.configData()).doesNotContainKey("MANAGEMENT_SERVER_PORT");
			for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
				assertThat(container.path(probe).path("httpGet").path("port").asString()).isEqualTo("http");
			}
			assertThat(container.path("ports")).singleElement().satisfies(port -> {
				assertThat(port.path("name").asString()).isEqualTo("http");
				assertThat(port.path("containerPort").asInt()).isEqualTo(8080); // the
																				// image's
																				// EXPOSE
			});
			// A slow JVM start is covered by the startup probe, not by liveness restarts.
			JsonNode startup = container.path("startupProbe");
			assertThat(startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt())
				.isGreaterThanOrEqualTo(60);
		}
	}

	@Test
	void referencesTheOperatorsSecretAndInlinesNoClientSecret() {
		RenderedChart chart = RenderedChart.render(PRODUCTION);

		assertThat(chart.find("Secret")).isEmpty();
		assertThat(chart.configData()).doesNotContainKey("DATAVERSE_CLIENT_SECRET");
		JsonNode secretRef = clientSecretEnv(chart).path("valueFrom").path("secretKeyRef");
		assertThat(secretRef.path("name").asString()).isEqualTo("journey-facade-dataverse");
		assertThat(secretRef.path("key").asString()).isEqualTo("dataverse-client-secret");
		assertThat(clientSecretEnv(chart).has("value")).isFalse();
	}

	@Test
	void createsASecretOnlyWhenTheClientSecretIsGivenAsAValue() {
		String secret = "given-in-values-s3cr3t";
		RenderedChart chart = RenderedChart.render(REQUIRED, "dataverse.existingSecret", "", "dataverse.clientSecret",
				secret);

		JsonNode created = chart.get("Secret");
		assertThat(new String(Base64.getDecoder().decode(created.path("data").path("client-secret").asString()),
				StandardCharsets.UTF_8))
			.isEqualTo(secret);
		JsonNode secretRef = clientSecretEnv(chart).path("valueFrom").path("secretKeyRef");
		assertThat(secretRef.path("name").asString()).isEqualTo(created.path("metadata").path("name").asString());
		assertThat(secretRef.path("key").asString()).isEqualTo("client-secret");
		// Only the Secret carries it (base64): not the ConfigMap, not the pod spec.
		assertThat(chart.get("ConfigMap").toString()).doesNotContain(secret);
		assertThat(chart.get("Deployment").toString()).doesNotContain(secret);
	}

	@Test
	void refusesAnExistingSecretAndAnInlineOneTogether() {
		assertThatThrownBy(() -> RenderedChart.render(REQUIRED, "dataverse.clientSecret", "x"))
			.hasMessageContaining("not both");
	}

	@Test
	void everySettingReachesTheApplicationUnderTheNameItBindsTo() {
		RenderedChart chart = RenderedChart.render(PRODUCTION);
		Map<String, Object> environment = new HashMap<>(chart.configData());
		environment.put("DATAVERSE_CLIENT_SECRET", "from-the-secret");
		assertThat(secretEnv(chart, "DATAVERSE_CLIENT_SECRET")).isNotNull();

		DataverseProperties bound = binder(environment).bind("dataverse", Bindable.of(DataverseProperties.class)).get();

		// Every value differs from the application's default, so a misspelt variable
		// cannot pass unnoticed.
		assertThat(bound.url()).isEqualTo(URI.create("https://contoso.crm4.dynamics.com"));
		assertThat(bound.tenantId()).isEqualTo("00000000-0000-0000-0000-0000000000aa");
		assertThat(bound.clientId()).isEqualTo("00000000-0000-0000-0000-0000000000bb");
		assertThat(bound.clientSecret()).isEqualTo("from-the-secret");
		assertThat(bound.tokenUri()).isEqualTo(
				URI.create("https://login.microsoftonline.us/00000000-0000-0000-0000-0000000000aa/oauth2/v2.0/token"));
		assertThat(bound.scope()).isEqualTo("https://contoso.crm4.dynamics.com/.default");
		assertThat(bound.apiVersion()).isEqualTo("v9.0");
		assertThat(bound.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(bound.responseTimeout()).isEqualTo(Duration.ofSeconds(25));
		assertThat(bound.tokenRefreshAhead()).isEqualTo(Duration.ofMinutes(10));
		assertThat(bound.retry()).isEqualTo(new DataverseProperties.Retry(5, Duration.ofSeconds(15),
				Duration.ofMillis(250), Duration.ofSeconds(4), 0.2, Duration.ofMinutes(2)));
		assertThat(bound.concurrency())
			.isEqualTo(new DataverseProperties.Concurrency(12, Duration.ofMillis(1500), true));
	}

	@Test
	void thePageTokenKeysComeFromTheOperatorsSecretAndBindNewestFirst() {
		RenderedChart chart = RenderedChart.render(PRODUCTION);

		JsonNode secretRef = secretEnv(chart, "JOURNEY_PAGE_TOKEN_KEYS").path("valueFrom").path("secretKeyRef");
		assertThat(secretRef.path("name").asString()).isEqualTo("journey-facade-page-tokens");
		assertThat(secretRef.path("key").asString()).isEqualTo("keys");
		assertThat(chart.configData()).doesNotContainKey("JOURNEY_PAGE_TOKEN_KEYS");
		PageTokenProperties bound = binder(Map.of("JOURNEY_PAGE_TOKEN_KEYS", "n".repeat(32) + "," + "o".repeat(32)))
			.bind("journey.page-token", Bindable.of(PageTokenProperties.class))
			.get();
		assertThat(bound.keys()).containsExactly("n".repeat(32), "o".repeat(32));
	}

	@Test
	void pageTokenKeysGivenAsAValueGoIntoTheChartsSecretOnly() {
		String newest = "n".repeat(32);
		String oldest = "o".repeat(32);
		RenderedChart chart = RenderedChart.render(REQUIRED, "pageTokens.existingSecret", "", "pageTokens.keys[0]",
				newest, "pageTokens.keys[1]", oldest);

		JsonNode created = chart.get("Secret");
		assertThat(new String(Base64.getDecoder().decode(created.path("data").path("page-token-keys").asString()),
				StandardCharsets.UTF_8))
			.isEqualTo(newest + "," + oldest);
		assertThat(created.path("data").has("client-secret")).isFalse(); // the operator's
																			// Secret has
																			// it
		JsonNode secretRef = secretEnv(chart, "JOURNEY_PAGE_TOKEN_KEYS").path("valueFrom").path("secretKeyRef");
		assertThat(secretRef.path("name").asString()).isEqualTo(created.path("metadata").path("name").asString());
		assertThat(secretRef.path("key").asString()).isEqualTo("page-token-keys");
		assertThat(chart.get("Deployment").toString()).doesNotContain(newest);
		assertThat(chart.get("ConfigMap").toString()).doesNotContain(newest);
	}

	@Test
	void refusesAPageTokenKeyShorterThan32Characters() {
		assertThatThrownBy(
				() -> RenderedChart.render(REQUIRED, "pageTokens.existingSecret", "", "pageTokens.keys[0]", "short"))
			.hasMessageContaining("schema")
			.hasMessageContaining("/pageTokens/keys/0");
	}

	@Test
	void workloadIdentityAnnotatesTheServiceAccountLabelsThePodsAndSetsNoClientSecret() {
		RenderedChart chart = RenderedChart.render(REQUIRED, "dataverse.existingSecret", "",
				"dataverse.workloadIdentity.enabled", true);

		JsonNode annotations = chart.get("ServiceAccount").path("metadata").path("annotations");
		assertThat(annotations.path("azure.workload.identity/client-id").asString())
			.isEqualTo("00000000-0000-0000-0000-0000000000bb");
		assertThat(annotations.path("azure.workload.identity/tenant-id").asString())
			.isEqualTo("00000000-0000-0000-0000-0000000000aa");
		assertThat(chart.get("Deployment")
			.path("spec")
			.path("template")
			.path("metadata")
			.path("labels")
			.path("azure.workload.identity/use")
			.asString()).isEqualTo("true");
		assertThat(chart.container().path("env")).extracting(env -> env.path("name").asString())
			.doesNotContain("DATAVERSE_CLIENT_SECRET")
			.contains("JOURNEY_PAGE_TOKEN_KEYS");
		assertThat(chart.podSpec().path("serviceAccountName").asString())
			.isEqualTo(chart.get("ServiceAccount").path("metadata").path("name").asString());
	}

	@Test
	void withoutWorkloadIdentityThePodsHaveNoWorkloadIdentityLabel() {
		RenderedChart chart = RenderedChart.render(REQUIRED);

		assertThat(chart.get("Deployment").path("spec").path("template").path("metadata").path("labels").toString())
			.doesNotContain("azure.workload.identity");
		assertThat(chart.get("ServiceAccount").path("metadata").path("annotations").isMissingNode()).isTrue();
	}

	@Test
	void workloadIdentityRefusesAClientSecretBesideIt() {
		assertThatThrownBy(() -> RenderedChart.render(REQUIRED, "dataverse.workloadIdentity.enabled", true))
			.hasMessageContaining("there is no client secret");
	}

	@Test
	void behindTheIngressTheFacadeReadsTheForwardedHeaders() {
		assertThat(RenderedChart.render(PRODUCTION).configData()).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY",
				"framework");
		assertThat(RenderedChart.render(REQUIRED).configData()).doesNotContainKey("SERVER_FORWARD_HEADERS_STRATEGY");
		assertThat(RenderedChart.render(PRODUCTION, "ingress.forwardHeadersStrategy", "none").configData())
			.containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "none");
	}

	@Test
	void theForwardHeadersStrategyAndTheTracingSettingsBindToSpringBootsProperties() {
		Binder binder = binder(RenderedChart.render(PRODUCTION).configData());

		assertThat(binder.bind("server", Bindable.of(ServerProperties.class)).get().getForwardHeadersStrategy())
			.isEqualTo(ServerProperties.ForwardHeadersStrategy.FRAMEWORK);
		assertThat(binder.bind("management.opentelemetry.tracing.export.otlp", Bindable.of(OtlpTracingProperties.class))
			.get()
			.getEndpoint()).isEqualTo("http://otel-collector.monitoring:4318/v1/traces");
		assertThat(binder.bind("management.tracing", Bindable.of(TracingProperties.class))
			.get()
			.getSampling()
			.getProbability()).isEqualTo(0.25f);
	}

	@Test
	void noTraceIsExportedAndTheSamplingIsTheApplicationsUnlessValuesSaySo() {
		assertThat(RenderedChart.render(REQUIRED).configData()).doesNotContainKeys(
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "MANAGEMENT_TRACING_SAMPLING_PROBABILITY");
	}

	@Test
	void helmTestAsksTheServiceForReadinessAsANonRootReadOnlyPod() {
		RenderedChart chart = RenderedChart.renderWithTestHooks(REQUIRED);

		JsonNode pod = chart.get("Pod");
		assertThat(pod.path("metadata").path("annotations").path(RenderedChart.HOOK_SEEN).asString()).isEqualTo("test");
		String service = chart.get("Service").path("metadata").path("name").asString();
		JsonNode container = pod.path("spec").path("containers").path(0);
		assertThat(container.path("command")).extracting(JsonNode::asString)
			.contains("http://" + service + ":80/actuator/health/readiness");
		assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
		assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
		// never a target of the Service
		JsonNode selector = chart.get("Service").path("spec").path("selector");
		assertThat(selector.properties()).anyMatch(
				e -> !e.getValue().asString().equals(pod.path("metadata").path("labels").path(e.getKey()).asString()));
	}

	@Test
	void theNetworkPolicyLetsTheReleasesTestPodIn() {
		RenderedChart chart = RenderedChart.renderWithTestHooks(PRODUCTION);
		JsonNode testLabels = chart.get("Pod").path("metadata").path("labels");

		assertThat(chart.get("NetworkPolicy").path("spec").path("ingress")).anySatisfy(rule -> assertThat(
				rule.path("from").path(0).path("podSelector").path("matchLabels").path("app.kubernetes.io/component"))
			.isEqualTo(testLabels.path("app.kubernetes.io/component")));
	}

	@Test
	void theChartSaysWhereItLivesWhoMaintainsItAndWhichKubernetesItNeeds() throws IOException {
		JsonNode chart = YAMLMapper.builder()
			.build()
			.readTree(Files.readString(RenderedChart.CHART.resolve("Chart.yaml")));

		assertThat(chart.path("home").asString()).startsWith("https://");
		assertThat(chart.path("sources").path(0).asString()).startsWith("https://");
		assertThat(chart.path("maintainers").path(0).path("name").asString()).isNotBlank();
		assertThat(chart.path("kubeVersion").asString()).isEqualTo(">=1.23.0-0");
	}

	@Test
	void everyImpersonationSettingReachesTheApplicationUnderTheNameItBindsTo() {
		ImpersonationProperties bound = binder(RenderedChart.render(PRODUCTION).configData())
			.bind("dataverse.impersonation", Bindable.of(ImpersonationProperties.class))
			.get();

		assertThat(bound.mode()).isEqualTo(ImpersonationProperties.Mode.CALLER);
		assertThat(bound.appOnlyCallers()).isEqualTo(ImpersonationProperties.AppOnlyCallers.APPLICATION_USER);
		assertThat(bound.userCacheTtl()).isEqualTo(Duration.ofMinutes(2));
		assertThat(bound.userCacheSize()).isEqualTo(5000);
	}

	@Test
	void everySecuritySettingReachesTheApplicationUnderTheNameItBindsTo() {
		AuthProperties bound = binder(RenderedChart.render(PRODUCTION).configData())
			.bind("auth", Bindable.of(AuthProperties.class))
			.get();

		assertThat(bound.enabled()).isTrue();
		assertThat(bound.issuerUri())
			.isEqualTo(URI.create("https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/v2.0"));
		assertThat(bound.jwkSetUri()).isEqualTo(URI
			.create("https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/discovery/v2.0/keys"));
		assertThat(bound.audience()).containsExactly("api://journey-facade", "00000000-0000-0000-0000-0000000000cc");
		assertThat(bound.cors().allowedOrigins()).containsExactly("https://journeys.contoso.com",
				"https://journeys-staging.contoso.com");
		assertThat(bound.cors().maxAge()).isEqualTo(Duration.ofMinutes(30));
		assertThat(bound.swaggerUi().scopePrefix()).isEqualTo("api://journey-facade/");
		assertThat(bound.tenantId()).isEqualTo("00000000-0000-0000-0000-0000000000aa");
		assertThat(bound.swaggerUi().authorizationUri()).isEqualTo(URI
			.create("https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/oauth2/v2.0/authorize"));
		assertThat(bound.swaggerUi().tokenUri()).isEqualTo(
				URI.create("https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/oauth2/v2.0/token"));
	}

	@Test
	void setsEveryVariableOfTheReadmesConfigurationContract() throws IOException {
		RenderedChart chart = RenderedChart.render(PRODUCTION);
		Set<String> rendered = new TreeSet<>(chart.configData().keySet());
		chart.container().path("env").forEach(env -> rendered.add(env.path("name").asString()));

		Set<String> contract = new TreeSet<>();
		Matcher variable = Pattern.compile("`((?:DATAVERSE|AUTH|JOURNEY)_[A-Z_]+)`")
			.matcher(Files.readString(Path.of("README.md")));
		while (variable.find()) {
			contract.add(variable.group(1));
		}
		// The one variable the chart never sets: authentication is switched off only in
		// the local profile.
		contract.remove("AUTH_ENABLED");

		assertThat(contract).contains("DATAVERSE_URL", "DATAVERSE_CLIENT_SECRET", "AUTH_ISSUER_URI", "AUTH_AUDIENCE",
				"JOURNEY_PAGE_TOKEN_KEYS");
		assertThat(rendered).containsAll(contract);
	}

	@Test
	void aChangedSettingChangesThePodTemplateSoThePodsRoll() {
		String before = checksum(RenderedChart.render(REQUIRED), "checksum/config");

		assertThat(checksum(RenderedChart.render(REQUIRED), "checksum/config")).isEqualTo(before);
		assertThat(checksum(RenderedChart.render(REQUIRED, "dataverse.retry.budget", "30s"), "checksum/config"))
			.isNotEqualTo(before);
	}

	@Test
	void aChangedInlineSecretChangesThePodTemplateToo() {
		String before = checksum(
				RenderedChart.render(REQUIRED, "dataverse.existingSecret", "", "dataverse.clientSecret", "one"),
				"checksum/secret");

		assertThat(checksum(
				RenderedChart.render(REQUIRED, "dataverse.existingSecret", "", "dataverse.clientSecret", "two"),
				"checksum/secret"))
			.isNotEqualTo(before);
	}

	@Test
	void theAutoscalerOwnsTheReplicaCountWhenEnabled() {
		RenderedChart chart = RenderedChart.render(PRODUCTION);

		JsonNode hpa = chart.get("HorizontalPodAutoscaler").path("spec");
		assertThat(hpa.path("scaleTargetRef").path("name").asString())
			.isEqualTo(chart.get("Deployment").path("metadata").path("name").asString());
		assertThat(hpa.path("minReplicas").asInt()).isEqualTo(3);
		assertThat(hpa.path("maxReplicas").asInt()).isEqualTo(4);
		assertThat(hpa.path("metrics").path(0).path("resource").path("name").asString()).isEqualTo("cpu");
		assertThat(hpa.path("metrics").path(0).path("resource").path("target").path("averageUtilization").asInt())
			.isEqualTo(65);
		assertThat(chart.get("Deployment").path("spec").has("replicas")).isFalse();
	}

	@Test
	void addsADisruptionBudgetOnlyWhenMoreThanOnePodRuns() {
		assertThat(RenderedChart.render(REQUIRED, "replicaCount", 1).find("PodDisruptionBudget")).isEmpty();
		assertThat(RenderedChart.render(PRODUCTION, "autoscaling.minReplicas", 1).find("PodDisruptionBudget"))
			.isEmpty();
		assertThat(RenderedChart.render(REQUIRED, "podDisruptionBudget.enabled", false).find("PodDisruptionBudget"))
			.isEmpty();

		assertThat(RenderedChart.render(REQUIRED).get("PodDisruptionBudget").path("spec").path("minAvailable").asInt())
			.isEqualTo(1);
		assertThat(
				RenderedChart.render(PRODUCTION).get("PodDisruptionBudget").path("spec").path("minAvailable").asInt())
			.isEqualTo(2);
	}

	@Test
	void theNetworkPolicyAdmitsTheFrontendsAndLetsOnlyDnsAndHttpsOut() {
		JsonNode policy = RenderedChart.render(PRODUCTION).get("NetworkPolicy").path("spec");

		assertThat(policy.path("policyTypes")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("Ingress", "Egress");
		JsonNode api = policy.path("ingress").path(0);
		assertThat(api.path("ports").path(0).path("port").asString()).isEqualTo("http");
		assertThat(api.path("from")
			.path(0)
			.path("namespaceSelector")
			.path("matchLabels")
			.path("kubernetes.io/metadata.name")
			.asString()).isEqualTo("marketing-frontends");
		assertThat(api.path("from")
			.path(0)
			.path("podSelector")
			.path("matchLabels")
			.path("app.kubernetes.io/part-of")
			.asString()).isEqualTo("journey-editor");
		Set<Integer> egressPorts = new TreeSet<>();
		policy.path("egress")
			.forEach(rule -> rule.path("ports").forEach(port -> egressPorts.add(port.path("port").asInt())));
		assertThat(egressPorts).containsExactly(53, 443);
	}

	@Test
	void optionalResourcesStayOffByDefault() {
		RenderedChart chart = RenderedChart.render(REQUIRED);

		assertThat(chart.find("HorizontalPodAutoscaler")).isEmpty();
		assertThat(chart.find("NetworkPolicy")).isEmpty();
		assertThat(chart.find("Ingress")).isEmpty();
		assertThat(chart.find("Secret")).isEmpty();
		assertThat(chart.find("ServiceMonitor")).isEmpty();
	}

	@Test
	void theServiceMonitorScrapesPrometheusWithAToken() {
		JsonNode endpoint = RenderedChart.render(PRODUCTION)
			.get("ServiceMonitor")
			.path("spec")
			.path("endpoints")
			.path(0);

		assertThat(endpoint.path("path").asString()).isEqualTo("/actuator/prometheus");
		assertThat(endpoint.path("port").asString()).isEqualTo("http");
		assertThat(endpoint.path("oauth2").path("tokenUrl").asString())
			.startsWith("https://login.microsoftonline.com/");
		assertThat(endpoint.path("oauth2").path("clientSecret").path("name").asString())
			.isEqualTo("prometheus-scraper");
	}

	@Test
	void theIngressRoutesToTheApiPort() {
		JsonNode ingress = RenderedChart.render(PRODUCTION).get("Ingress").path("spec");

		JsonNode backend = ingress.path("rules")
			.path(0)
			.path("http")
			.path("paths")
			.path(0)
			.path("backend")
			.path("service");
		assertThat(backend.path("port").path("name").asString()).isEqualTo("http");
		assertThat(ingress.path("tls").path(0).path("secretName").asString()).isEqualTo("journeys-api-tls");
		assertThat(ingress.path("ingressClassName").asString()).isEqualTo("nginx");
	}

	@Test
	void stopsOnlyAfterThePreStopPauseAndTheDrainHaveRunTheirCourse() throws IOException {
		RenderedChart chart = RenderedChart.render(REQUIRED);

		int grace = chart.podSpec().path("terminationGracePeriodSeconds").asInt();
		JsonNode preStop = chart.container().path("lifecycle").path("preStop").path("exec").path("command");
		assertThat(preStop).extracting(JsonNode::asString).containsExactly("sleep", "10");
		assertThat(chart.configData()).containsEntry("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "20s");
		assertThat(grace).isGreaterThan(10 + 20);
		// The chart's default drain is the application's own (application.yml).
		assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
			.contains("timeout-per-shutdown-phase: 20s");
	}

	@Test
	void refusesAGracePeriodThatWouldCutTheDrainShort() {
		assertThatThrownBy(() -> RenderedChart.render(REQUIRED, "terminationGracePeriodSeconds", 30))
			.hasMessageContaining("terminationGracePeriodSeconds (30) must exceed");
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "replicaCount, two", "dataverse.url, contoso.crm4.dynamics.com",
			"dataverse.concurrency.maxInFlight, 52", "dataverse.retry.budget, soon", "logging.format, json",
			"dataverse.apiVersion, 9.2", "securityContext.allowPrivilegeEscalation, true", "replicas, 3" })
	void aValueOfTheWrongShapeIsRefusedByTheSchema(String key, String value) {
		Object typed = value.matches("\\d+") ? Integer.valueOf(value) : value.equals("true") ? Boolean.TRUE : value;

		assertThatThrownBy(() -> RenderedChart.render(REQUIRED, key, typed)).hasMessageContaining("schema");
	}

	@Test
	void everyValueIsDocumentedInValuesYamlAndInTheChartReadme() throws IOException {
		List<String> lines = Files.readAllLines(RenderedChart.CHART.resolve("values.yaml"));
		JsonNode values = YAMLMapper.builder().build().readTree(String.join("\n", lines));
		String readme = Files.readString(RenderedChart.CHART.resolve("README.md"));
		Pattern keyLine = Pattern.compile("^( *)([A-Za-z][\\w.-]*):.*$");
		List<String> documented = new java.util.ArrayList<>();
		List<String> undocumented = new java.util.ArrayList<>();
		java.util.Deque<Map.Entry<Integer, String>> parents = new java.util.ArrayDeque<>();
		boolean commented = false;
		for (String line : lines) {
			if (line.trim().startsWith("# --")) {
				commented = true;
				continue;
			}
			Matcher key = keyLine.matcher(line);
			if (!key.matches()) {
				continue;
			}
			int indent = key.group(1).length();
			while (!parents.isEmpty() && parents.peek().getKey() >= indent) {
				parents.pop();
			}
			List<String> path = new java.util.ArrayList<>(parents.stream().map(Map.Entry::getValue).toList());
			java.util.Collections.reverse(path);
			path.add(key.group(2));
			parents.push(Map.entry(indent, key.group(2)));
			String dotted = String.join(".", path);
			JsonNode node = values.at("/" + String.join("/", path));
			if (node.isMissingNode()) { // a key inside a list item: part of its parent's
										// example value
				commented = false;
				continue;
			}
			boolean ancestorDocumented = documented.stream().anyMatch(d -> dotted.startsWith(d + "."));
			if (commented) {
				documented.add(dotted);
			}
			else if (!ancestorDocumented && (!node.isObject() || node.isEmpty())) {
				undocumented.add(dotted);
			}
			commented = false;
		}

		assertThat(undocumented).as("values without a '# --' comment").isEmpty();
		assertThat(documented)
			.allSatisfy(key -> assertThat(readme).as("chart README table").contains("| `" + key + "` |"));
	}

	/**
	 * Binds like Spring binds a pod's environment: the source's name selects the relaxed
	 * rules of environment variables (DATAVERSE_RETRY_MAX_ATTEMPTS →
	 * dataverse.retry.max-attempts).
	 */
	private static Binder binder(Map<String, ?> environment) {
		return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(environment))));
	}

	/**
	 * application.yml's settings for every profile: its documents without
	 * spring.config.activate (top-level keys merged).
	 */
	private static JsonNode applicationYamlForEveryProfile() throws IOException {
		YAMLMapper yaml = YAMLMapper.builder().build();
		tools.jackson.databind.node.ObjectNode merged = yaml.createObjectNode();
		try (var parser = yaml.createParser(Files.readString(Path.of("src/main/resources/application.yml")))) {
			for (var documents = yaml.readValues(parser, JsonNode.class); documents.hasNext();) {
				JsonNode document = documents.next();
				if (document.path("spring").path("config").path("activate").isMissingNode()) {
					document.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
				}
			}
		}
		return merged;
	}

	private static JsonNode clientSecretEnv(RenderedChart chart) {
		return secretEnv(chart, "DATAVERSE_CLIENT_SECRET");
	}

	private static JsonNode secretEnv(RenderedChart chart, String name) {
		for (JsonNode env : chart.container().path("env")) {
			if (env.path("name").asString().equals(name)) {
				return env;
			}
		}
		throw new AssertionError("no " + name + " in the container's env");
	}

	private static String checksum(RenderedChart chart, String annotation) {
		return chart.get("Deployment")
			.path("spec")
			.path("template")
			.path("metadata")
			.path("annotations")
			.path(annotation)
			.asString();
	}

}

package dev.journeyfacade.dataverse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one {@link DataverseClient} of the application and its token provider from
 * {@link DataverseProperties} and {@link PageTokenProperties}.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DataverseProperties.class, PageTokenProperties.class })
class DataverseClientConfiguration {

	static final String REGISTRATION_ID = "dataverse";

	/**
	 * The largest Dataverse answer read. WebClient's default (256 KB) is below one
	 * journey: a workflow definition may hold 1,048,576 characters, which JSON escapes
	 * inside its string to a few MB.
	 */
	static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

	/**
	 * The connection pool: idle connections are dropped after 3 minutes, below the ~4
	 * minutes after which Azure's load balancers silently drop them (reactor-netty #764:
	 * the first call after a quiet period would otherwise fail on a dead pooled
	 * connection).
	 */
	@Bean(destroyMethod = "dispose")
	ConnectionProvider dataverseConnectionProvider(DataverseProperties properties) {
		return ConnectionProvider.builder("dataverse")
			.maxConnections(properties.concurrency().maxInFlight() + 8) // + token
																		// requests and
																		// slack
			.pendingAcquireTimeout(properties.connectTimeout().plus(properties.concurrency().maxWait()))
			.maxIdleTime(java.time.Duration.ofMinutes(3))
			.evictInBackground(java.time.Duration.ofSeconds(30))
			.build();
	}

	@Bean
	DataverseTokenProvider dataverseTokenProvider(DataverseProperties properties,
			ConnectionProvider dataverseConnectionProvider, ObjectProvider<MeterRegistry> meterRegistry,
			ObjectProvider<Clock> clock) {
		return tokenProvider(properties, connector(properties, dataverseConnectionProvider),
				clock.getIfAvailable(Clock::systemUTC),
				new DataverseMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new)));
	}

	@Bean
	DataverseClient dataverseClient(DataverseProperties properties, PageTokenProperties pageTokens,
			Environment environment, ConnectionProvider dataverseConnectionProvider,
			DataverseTokenProvider dataverseTokenProvider, WebClient.Builder webClientBuilder, JsonMapper jsonMapper,
			ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<Clock> clock) {
		return client(properties, pageTokenKeys(pageTokens, environment),
				connector(properties, dataverseConnectionProvider), dataverseTokenProvider, webClientBuilder,
				jsonMapper, new DataverseMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new)),
				observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP),
				clock.getIfAvailable(Clock::systemUTC), Sleeper.THREAD, () -> ThreadLocalRandom.current().nextDouble());
	}

	/**
	 * The pipeline's observations make traces only: {@link DataverseMetrics} times the
	 * calls (the README's meters).
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	DataverseObservations.TracesOnly dataverseObservationsTracesOnly() {
		return new DataverseObservations.TracesOnly();
	}

	/**
	 * The configured page-token keys; in the {@code local} profile, without any, one made
	 * at start-up (tokens then do not outlive the process, which a developer's machine
	 * does not mind).
	 */
	static List<byte[]> pageTokenKeys(PageTokenProperties pageTokens, Environment environment) {
		if (pageTokens.keys().isEmpty() && environment.matchesProfiles("local")) {
			log.info("No page-token key configured (JOURNEY_PAGE_TOKEN_KEYS; profile local): page tokens are signed "
					+ "with a key made at start-up");
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			return List.of(key);
		}
		return pageTokens.keyMaterial();
	}

	/**
	 * Readiness contributor {@code dataverse}: ready while an access token is at hand.
	 */
	@Bean
	HealthIndicator dataverseHealthIndicator(DataverseTokenProvider dataverseTokenProvider) {
		return new DataverseReadinessIndicator(dataverseTokenProvider);
	}

	/**
	 * The client and its call pipeline, the one place they are put together (tests pass
	 * their own clock, sleeper and randomness).
	 */
	static DataverseClient client(DataverseProperties properties, List<byte[]> pageTokenKeys,
			ReactorClientHttpConnector connector, DataverseTokenProvider tokens, WebClient.Builder webClientBuilder,
			JsonMapper jsonMapper, DataverseMetrics metrics, ObservationRegistry observations, Clock clock,
			Sleeper sleeper, DoubleSupplier random) {
		WebClient dataverse = webClientBuilder.clone()
			.clientConnector(connector)
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_RESPONSE_BYTES))
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultHeader("OData-MaxVersion", "4.0")
			.defaultHeader("OData-Version", "4.0")
			.build();
		CallPipeline calls = new CallPipeline(dataverse, properties, tokens,
				new ThrottleGate(properties.retry().maxThrottlePause()),
				new ConcurrencyLimiter(properties.concurrency().maxInFlight(),
						properties.concurrency().followRemainingBudget()),
				new RetryPolicy(properties.retry(), random), new DataverseErrors(jsonMapper), clock, sleeper, metrics,
				new DataverseObservations(observations));
		return new DataverseClient(properties, new ContinuationCodec(properties.apiBaseUrl(), pageTokenKeys), calls,
				jsonMapper);
	}

	private static MultiValueMap<String, String> clientAssertion(String assertion) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.set("client_assertion_type", ClientAssertionFile.JWT_BEARER);
		parameters.set("client_assertion", assertion);
		return parameters;
	}

	static ReactorClientHttpConnector connector(DataverseProperties properties, ConnectionProvider connectionProvider) {
		HttpClient http = HttpClient.create(connectionProvider)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.connectTimeout().toMillis()))
			.responseTimeout(properties.responseTimeout());
		return new ReactorClientHttpConnector(http);
	}

	static DataverseTokenProvider tokenProvider(DataverseProperties properties, ReactorClientHttpConnector connector,
			Clock clock, DataverseMetrics metrics) {
		ClientRegistration.Builder registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(properties.clientId())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(properties.effectiveTokenUri().toString())
			.scope(properties.effectiveScope());
		WebClientReactiveClientCredentialsTokenResponseClient tokenClient = new WebClientReactiveClientCredentialsTokenResponseClient();
		if (properties.usesWorkloadIdentity()) {
			// Entra Workload ID: client_id in the form (method none), the
			// federated token as client_assertion (learn.microsoft.com/entra/
			// identity-platform/v2-oauth2-client-creds-grant-flow, third case).
			ClientAssertionFile assertion = new ClientAssertionFile(properties.federatedTokenFile());
			registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
			tokenClient.addParametersConverter(request -> clientAssertion(assertion.read()));
		}
		else {
			// Entra ID documents the secret in the form body for client credentials.
			registration.clientSecret(properties.clientSecret())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		}
		// The token client's own WebClient, not Boot's builder: no observation, so no
		// traceparent to Entra ID. A token serves every caller (single flight, background
		// refresh), so its request belongs to no caller's trace.
		tokenClient.setWebClient(WebClient.builder().clientConnector(connector).build());
		tokenClient.setBodyExtractor(new TokenResponseExtractor()); // keeps the token out
																	// of DEBUG logs
		return new DataverseTokenProvider(tokenClient, registration.build(), clock, properties.tokenRefreshAhead(),
				properties.connectTimeout().plus(properties.responseTimeout()), metrics);
	}

}

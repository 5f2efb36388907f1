package dev.journeyfacade.dataverse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one {@link DataverseClient} of the application and its token provider from
 * {@link DataverseProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataverseProperties.class)
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
	DataverseClient dataverseClient(DataverseProperties properties, ConnectionProvider dataverseConnectionProvider,
			DataverseTokenProvider dataverseTokenProvider, WebClient.Builder webClientBuilder, JsonMapper jsonMapper,
			ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<Clock> clock) {
		return client(properties, connector(properties, dataverseConnectionProvider), dataverseTokenProvider,
				webClientBuilder, jsonMapper,
				new DataverseMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new)),
				clock.getIfAvailable(Clock::systemUTC), Sleeper.THREAD, () -> ThreadLocalRandom.current().nextDouble());
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
	static DataverseClient client(DataverseProperties properties, ReactorClientHttpConnector connector,
			DataverseTokenProvider tokens, WebClient.Builder webClientBuilder, JsonMapper jsonMapper,
			DataverseMetrics metrics, Clock clock, Sleeper sleeper, DoubleSupplier random) {
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
				new RetryPolicy(properties.retry(), random), new DataverseErrors(jsonMapper), clock, sleeper, metrics);
		return new DataverseClient(properties, calls, jsonMapper);
	}

	static ReactorClientHttpConnector connector(DataverseProperties properties, ConnectionProvider connectionProvider) {
		HttpClient http = HttpClient.create(connectionProvider)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.connectTimeout().toMillis()))
			.responseTimeout(properties.responseTimeout());
		return new ReactorClientHttpConnector(http);
	}

	static DataverseTokenProvider tokenProvider(DataverseProperties properties, ReactorClientHttpConnector connector,
			Clock clock, DataverseMetrics metrics) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			// Entra ID documents the secret in the form body for client credentials.
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(properties.effectiveTokenUri().toString())
			.scope(properties.effectiveScope())
			.build();
		WebClientReactiveClientCredentialsTokenResponseClient tokenClient = new WebClientReactiveClientCredentialsTokenResponseClient();
		tokenClient.setWebClient(WebClient.builder().clientConnector(connector).build());
		tokenClient.setBodyExtractor(new TokenResponseExtractor()); // keeps the token out
																	// of DEBUG logs
		return new DataverseTokenProvider(tokenClient, registration, clock, properties.tokenRefreshAhead(),
				properties.connectTimeout().plus(properties.responseTimeout()), metrics);
	}

}

package dev.journeyfacade.web;

import static dev.journeyfacade.web.ApiPermission.PUBLISH;
import static dev.journeyfacade.web.ApiPermission.READ;
import static dev.journeyfacade.web.ApiPermission.WRITE;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.DelegatingJwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what: the API is an OAuth2 resource server (JWT bearer tokens checked for
 * signature, expiry, issuer and audience), and every endpoint needs one permission,
 * granted by a scope ({@code scp}) or an app role ({@code roles}) of that name. The whole
 * mapping is {@link #API_RULES}; any other {@code /api/**} path, and any path not listed
 * below, is denied.
 *
 * <p>
 * Open without a token: the health probes (Kubernetes calls them without credentials),
 * Swagger UI and the OpenAPI document (they describe the API and hold no data; Swagger UI
 * needs them to let a developer authorize), and {@code /error}. Every other actuator
 * endpoint (metrics, info, prometheus…) needs a valid token of this API, with no
 * particular permission.
 *
 * <p>
 * Stateless: no session, no cookie, so no CSRF token either (a browser never sends the
 * bearer token on its own). 401 and 403 are problem details like every other error
 * ({@link SecurityProblems}). The correlation-id filter runs before this chain, so they
 * carry the request id.
 *
 * <p>
 * The Dataverse client gets its own token with its own credentials
 * ({@code dataverse.DataverseTokenProvider}), whoever the caller is; with impersonation
 * on, {@link CallerImpersonation} makes its calls act on behalf of the signed-in user
 * (ADR 15).
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AuthProperties.class)
class SecurityConfiguration {

	/*
	 * The resources' prefixes, restated once in the web layer, which knows no feature
	 * (ADR 10): InboundSecurityTest calls every endpoint with each permission, and
	 * OpenApiSecurityDocumentTest finds an operation this table does not name.
	 */
	private static final String JOURNEYS = "/api/v1/journeys";

	private static final String REALTIME_JOURNEYS = "/api/v1/realtime-journeys";

	/**
	 * Endpoint → permission, the first matching line wins. The README's table is this
	 * list.
	 */
	static final List<ApiRule> API_RULES = List.of(new ApiRule(GET, JOURNEYS, READ),
			new ApiRule(GET, JOURNEYS + "/{id}", READ), new ApiRule(POST, JOURNEYS + "/validate", READ),
			new ApiRule(POST, JOURNEYS + "/{id}/validate", READ), new ApiRule(GET, "/api/v1/segments", READ),
			new ApiRule(GET, "/api/v1/emails", READ), new ApiRule(GET, "/api/v1/content-settings", READ),
			new ApiRule(POST, JOURNEYS, WRITE), new ApiRule(PATCH, JOURNEYS + "/{id}", WRITE),
			new ApiRule(DELETE, JOURNEYS + "/{id}", WRITE), new ApiRule(POST, JOURNEYS + "/{id}/copy", WRITE),
			new ApiRule(POST, JOURNEYS + "/{id}/publish", PUBLISH), new ApiRule(POST, JOURNEYS + "/{id}/stop", PUBLISH),
			// real-time journeys: a create that publishes reaches customers, so it needs
			// the permission to publish
			new ApiRule(GET, REALTIME_JOURNEYS, READ), new ApiRule(GET, REALTIME_JOURNEYS + "/{id}", READ),
			new ApiRule(GET, "/api/v1/realtime-journey-templates", READ), new ApiRule(POST, REALTIME_JOURNEYS, WRITE),
			new ApiRule(DELETE, REALTIME_JOURNEYS + "/{id}", WRITE),
			new ApiRule(POST, REALTIME_JOURNEYS + "/publish", PUBLISH));

	/**
	 * Liveness and readiness, at actuator's paths and at the additional {@code /livez},
	 * {@code /readyz}.
	 */
	static final String[] HEALTH_PROBES = { "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/livez", "/readyz" };

	static final String[] SWAGGER_UI = { "/swagger-ui.html", "/swagger-ui/**" };

	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**" };

	/** For JSON answers: nothing may load, frame or submit anything. */
	static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	// The JWK set endpoint is called from request threads (keys are cached, refreshed
	// when a new key id appears).
	private static final Duration JWK_TIMEOUT = Duration.ofSeconds(5);

	@Bean
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AuthProperties auth, Environment environment,
			ObjectProvider<JwtDecoder> jwtDecoder, CorsConfigurationSource corsConfigurationSource) throws Exception {
		requireStartable(auth, environment);
		boolean enabled = auth.enabled();
		if (!enabled) {
			log.warn("*** INBOUND AUTHENTICATION IS OFF (auth.enabled=false, profile local): anyone who reaches this "
					+ "port may read, change and PUBLISH journeys with this service's Dataverse user. Never run like "
					+ "this outside a developer machine. ***");
		}
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
		ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(API_RULES);

		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.cors(cors -> cors.configurationSource(corsConfigurationSource))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// Sent on HTTPS requests only; behind a TLS-terminating ingress set
				// server.forward-headers-strategy so the request counts as secure.
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi(),
						new ContentSecurityPolicyHeaderWriter(swaggerUiCsp(auth))))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi()),
						new ContentSecurityPolicyHeaderWriter(API_CSP))))
			.authorizeHttpRequests(authorize -> {
				authorize.requestMatchers(HEALTH_PROBES)
					.permitAll()
					.requestMatchers(SWAGGER_UI)
					.permitAll()
					.requestMatchers(API_DOCS)
					.permitAll()
					.requestMatchers("/error")
					.permitAll();
				for (ApiRule rule : API_RULES) {
					var call = authorize.requestMatchers(rule.requestMatcher());
					if (enabled) {
						call.hasAuthority(rule.permission().authority());
					}
					else {
						call.permitAll();
					}
				}
				var actuator = authorize.requestMatchers("/actuator", "/actuator/**");
				if (enabled) {
					actuator.authenticated();
				}
				else {
					actuator.permitAll();
				}
				// Unmapped /api/** paths (and anything else) are refused, whoever asks.
				authorize.anyRequest().denyAll();
			})
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
		if (enabled) {
			http.oauth2ResourceServer(
					resourceServer -> resourceServer.bearerTokenResolver(new BearerTokenHeaderResolver())
						.jwt(jwt -> jwt.decoder(jwtDecoder.getObject())
							.jwtAuthenticationConverter(authenticationConverter(auth)))
						.authenticationEntryPoint(entryPoint)
						.accessDeniedHandler(accessDenied));
		}
		return http.build();
	}

	/**
	 * Checks signature (keys from the JWK set, or from the issuer's OpenID
	 * configuration), expiry and not-before (60 s clock skew), issuer (when configured)
	 * and audience; each distinct token's signature once ({@link VerifiedTokenCache}).
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "auth.enabled", matchIfMissing = true)
	JwtDecoder jwtDecoder(AuthProperties auth, Environment environment) {
		requireStartable(auth, environment);
		OAuth2TokenValidator<Jwt> validator = validator(auth);
		RestTemplate jwkClient = jwkClient();
		if (auth.jwkSetUri() != null) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(auth.jwkSetUri().toString())
				.restOperations(jwkClient)
				.jwtProcessorCustomizer(SecurityConfiguration::cacheConvertedKeys)
				.build();
			decoder.setJwtValidator(validator);
			return new VerifiedTokenCache(decoder, validator, Clock.systemUTC());
		}
		// Issuer only: discovery happens on the first token, so start-up does not depend
		// on the identity provider.
		String issuer = auth.issuerUri().toString();
		return new VerifiedTokenCache(new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
				.restOperations(jwkClient)
				.jwtProcessorCustomizer(SecurityConfiguration::cacheConvertedKeys)
				.build();
			decoder.setJwtValidator(validator);
			return decoder;
		}), validator, Clock.systemUTC());
	}

	/**
	 * No Spring Security observations (timers and events around every filter, the
	 * authentication and the authorization: several meter look-ups per request).
	 * {@code http.server.requests} already times every request, 401 and 403 included, by
	 * status.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Each signing key is converted from its JWK once, not on every token
	 * ({@link CachingJwsKeySelector}).
	 */
	static void cacheConvertedKeys(ConfigurableJWTProcessor<SecurityContext> processor) {
		processor.setJWSKeySelector(CachingJwsKeySelector.around(processor.getJWSKeySelector()));
	}

	/**
	 * Spring Security's strict firewall, its header checks cheaper
	 * ({@link HeaderFirewall}); picked up as a bean.
	 */
	@Bean
	HttpFirewall httpFirewall() {
		return HeaderFirewall.strict();
	}

	/**
	 * URLs the firewall refuses (path tricks) get a 400 problem too; Spring Security
	 * picks this bean up.
	 */
	@Bean
	RequestRejectedHandler problemRequestRejectedHandler() {
		return new ProblemRequestRejectedHandler();
	}

	/**
	 * Which browser origins may call {@code /api/**}: the configured list, none by
	 * default.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(AuthProperties auth) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!auth.cors().allowedOrigins().isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(auth.cors().allowedOrigins());
			cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE"));
			cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
					HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", CorrelationIdFilter.HEADER));
			cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
					HttpHeaders.WWW_AUTHENTICATE, CorrelationIdFilter.HEADER));
			cors.setAllowCredentials(false); // bearer tokens travel in a header, never in
												// cookies
			cors.setMaxAge(auth.cors().maxAge());
			source.registerCorsConfiguration("/api/**", cors);
		}
		return source;
	}

	/** The permission an OpenAPI operation needs, if the table has a line for it. */
	static Optional<ApiPermission> permissionFor(HttpMethod method, String openApiPath) {
		return API_RULES.stream().filter(rule -> rule.covers(method, openApiPath)).map(ApiRule::permission).findFirst();
	}

	/**
	 * Scopes ({@code scp}, space-separated) and app roles ({@code roles}, an array) grant
	 * the same authority.
	 */
	static JwtAuthenticationConverter authenticationConverter(AuthProperties auth) {
		JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
		scopes.setAuthoritiesClaimName(auth.scopeClaim());
		scopes.setAuthorityPrefix(ApiPermission.AUTHORITY_PREFIX);
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(auth.rolesClaim());
		roles.setAuthorityPrefix(ApiPermission.AUTHORITY_PREFIX);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new DelegatingJwtGrantedAuthoritiesConverter(scopes, roles));
		return converter;
	}

	static OAuth2TokenValidator<Jwt> validator(AuthProperties auth) {
		List<String> audiences = auth.audiences();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		if (auth.issuerUri() != null) {
			validators.add(new JwtIssuerValidator(auth.issuerUri().toString()));
		}
		validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
				aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
		// An object id is what impersonation sends to Dataverse (ADR 15): a token whose
		// oid is no GUID is refused, whatever the mode.
		validators.add(new JwtClaimValidator<Object>("oid",
				oid -> oid == null || oid instanceof String s && CallerImpersonation.OBJECT_ID.matcher(s).matches()));
		if (auth.tenantId() != null && !auth.tenantId().isBlank()) {
			String tenant = auth.tenantId().trim();
			validators.add(
					new JwtClaimValidator<Object>("tid", tid -> tid instanceof String s && s.equalsIgnoreCase(tenant)));
		}
		return JwtValidators.createDefaultWithValidators(validators); // adds the
																		// timestamp and
																		// typ checks
	}

	/**
	 * Fails start-up with every problem of the configuration, each naming its environment
	 * variable.
	 */
	static void requireStartable(AuthProperties auth, Environment environment) {
		List<String> problems = auth.startUpProblems(environment.matchesProfiles("local"));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Inbound authentication is not configured: " + String.join("; ", problems));
		}
	}

	private static RequestMatcher swaggerUi() {
		List<RequestMatcher> matchers = new ArrayList<>();
		for (String pattern : SWAGGER_UI) {
			matchers.add(PathPatternRequestMatcher.pathPattern(pattern));
		}
		return new OrRequestMatcher(matchers);
	}

	/**
	 * Swagger UI's pages load their scripts and styles from this service only; the styles
	 * need {@code 'unsafe-inline'} (the UI sets style attributes), and the browser must
	 * reach the identity provider's token endpoint to finish the PKCE flow.
	 */
	static String swaggerUiCsp(AuthProperties auth) {
		URI token = auth.effectiveTokenUri();
		String identityProvider = token == null ? "" : " " + token.getScheme() + "://" + token.getAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "font-src 'self' data:; connect-src 'self'" + identityProvider + "; object-src 'none'; "
				+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
	}

	private static RestTemplate jwkClient() {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(JWK_TIMEOUT);
		requests.setReadTimeout(JWK_TIMEOUT);
		return new RestTemplate(requests);
	}

}

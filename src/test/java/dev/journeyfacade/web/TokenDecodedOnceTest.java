package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.TestIdentityProvider;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The caller's token is parsed and verified once per request, however many filters look
 * at the request.
 */
@Import(TokenDecodedOnceTest.CountingDecoder.class)
class TokenDecodedOnceTest extends DataverseStubbedApiTest {

	static final AtomicInteger DECODED = new AtomicInteger();

	@Autowired
	MockMvcTester tester;

	@Test
	void aRequestDecodesItsTokenOnce() {
		String token = TestIdentityProvider.tokenWithScopes("journeys.read");
		DECODED.set(0);

		tester.get().uri("/api/v1/journeys").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
		tester.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();

		assertThat(DECODED).hasValue(2);
	}

	/** Counts the decodes of the application's own decoder. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDecoder {

		@Bean
		static BeanPostProcessor countDecodes() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof JwtDecoder decoder) {
						return (JwtDecoder) token -> {
							DECODED.incrementAndGet();
							return decoder.decode(token);
						};
					}
					return bean;
				}
			};
		}

	}

}

package dev.journeyfacade.journey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the journey API: its properties and the body-size cap on its URLs (both
 * journey kinds).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JourneyProperties.class)
class JourneyConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> journeyRequestBodyLimit(JourneyProperties properties) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(properties.maxBodySize().toBytes()));
		// a servlet prefix pattern "/x/*" also matches "/x" itself (Servlet
		// specification,
		// "Specification of Mappings")
		registration.addUrlPatterns(JourneyPaths.JOURNEYS + "/*", JourneyPaths.REALTIME_JOURNEYS + "/*");
		return registration;
	}

}

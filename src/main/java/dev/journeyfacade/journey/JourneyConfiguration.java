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
		registration.addUrlPatterns("/api/v1/journeys", "/api/v1/journeys/*", RealtimeJourneyController.PATH,
				RealtimeJourneyController.PATH + "/*");
		return registration;
	}

}

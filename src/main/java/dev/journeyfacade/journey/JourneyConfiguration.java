package dev.journeyfacade.journey;

import dev.journeyfacade.journey.design.DesignCodec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the journey API: its properties, the body-size cap on its URLs, and the design codec. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JourneyProperties.class)
class JourneyConfiguration {

    /** Stateless and thread-safe: one for the service (writing designs) and the Dataverse mapper (reading them). */
    @Bean
    DesignCodec designCodec() {
        return new DesignCodec();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> journeyRequestBodyLimit(JourneyProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(properties.maxBodySize().toBytes()));
        registration.addUrlPatterns("/api/v1/journeys", "/api/v1/journeys/*");
        return registration;
    }
}

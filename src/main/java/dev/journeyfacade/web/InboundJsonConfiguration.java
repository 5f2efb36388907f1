package dev.journeyfacade.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.EnumFeature;

/**
 * How JSON request bodies are read, beyond Boot's defaults. Enums are read by their API
 * names only: Jackson would otherwise take a number as an enum's position
 * ({@code "target": 1} read as ACCOUNT), so an option-set code or a guess would slip in
 * as some unrelated value instead of a 400. Nesting depth stays bounded by Jackson's
 * default {@code StreamReadConstraints} (500 levels) and body size by
 * {@code journey.max-body-size}: deeper or bigger bodies are refused before any object is
 * built.
 */
@Configuration(proxyBeanMethods = false)
class InboundJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer enumsByNameOnly() {
		return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
	}

}

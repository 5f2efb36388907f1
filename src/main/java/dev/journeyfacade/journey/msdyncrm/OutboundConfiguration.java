package dev.journeyfacade.journey.msdyncrm;

import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.ODataQuery;
import dev.journeyfacade.journey.JourneyBackendDisabled;
import dev.journeyfacade.journey.JourneyPaths;
import dev.journeyfacade.journey.msdyncrm.picker.Pickers;
import dev.journeyfacade.web.UnknownResourceAnswer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * Wiring of the outbound backend: its settings, the availability probe and its gauge, and
 * the switch in front of its endpoints (a mapped interceptor, which every handler mapping
 * picks up): switched off they answer 501 {@code journey-backend-disabled}, and where the
 * environment has no outbound marketing 503 {@code outbound-marketing-unavailable},
 * before anything calls Dataverse — and the same 503 for a call that finds it gone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundProperties.class)
class OutboundConfiguration {

	/**
	 * The outbound backend's endpoints: the v1 journeys, their validation and copies, and
	 * the outbound pickers.
	 */
	static final String[] ENDPOINTS = { JourneyPaths.JOURNEYS, JourneyPaths.JOURNEYS + JourneyPaths.BELOW,
			Pickers.SEGMENTS, Pickers.EMAILS, Pickers.CONTENT_SETTINGS };

	@Bean
	OutboundAvailability outboundAvailability(DataverseClient client, OutboundProperties properties,
			ObjectProvider<MeterRegistry> meterRegistry) {
		// The cheapest read that proves the entity set exists: one id, no paging.
		ODataQuery oneId = ODataQuery.select(JourneyMapper.Row.ID).withTop(1);
		OutboundAvailability availability = new OutboundAvailability(
				() -> client.query(JourneyMapper.SET, oneId, JourneyMapper.Row.class),
				properties.enabled() ? properties.probeInterval() : Duration.ZERO);
		meterRegistry.ifAvailable(registry -> Gauge
			.builder("journey.outbound.available", availability, OutboundAvailability::gauge)
			.description("1 when this Dataverse environment has outbound marketing, 0 when it has not, NaN before "
					+ "the first probe answered")
			.register(registry));
		return availability;
	}

	/**
	 * Dataverse's 404 for an unknown entity set or action, met by any outbound call
	 * before or between probes: the probe runs at once and the caller gets the 503.
	 */
	@Bean
	UnknownResourceAnswer outboundMarketingMissing(OutboundAvailability availability) {
		return new UnknownResourceAnswer(ENDPOINTS, availability::unknownResourceMet);
	}

	@Bean
	MappedInterceptor outboundBackendSwitch(OutboundProperties properties, OutboundAvailability availability) {
		return new MappedInterceptor(ENDPOINTS, null, new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (!properties.enabled()) {
					throw new JourneyBackendDisabled("outbound journeys", "journey.outbound.enabled");
				}
				availability.requireAvailable();
				return true;
			}
		});
	}

}

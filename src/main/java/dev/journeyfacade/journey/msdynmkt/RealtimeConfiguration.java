package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.journey.JourneyBackendDisabled;
import dev.journeyfacade.journey.JourneyPaths;
import dev.journeyfacade.web.UnknownResourceAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * Wiring of the real-time backend: its settings, and the switch in front of its endpoints
 * (a mapped interceptor, which every handler mapping picks up): switched off, they answer
 * 501 {@code journey-backend-disabled} before anything else runs; where the environment
 * lacks real-time journeys, 503 {@code realtime-journeys-unavailable}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RealtimeProperties.class)
class RealtimeConfiguration {

	/** The real-time backend's endpoints. */
	static final String[] ENDPOINTS = { JourneyPaths.REALTIME_JOURNEYS,
			JourneyPaths.REALTIME_JOURNEYS + JourneyPaths.BELOW, TemplatePickerController.PATH };

	/**
	 * Dataverse's 404 for an unknown entity set or action met by a real-time call: 503
	 * instead of "not found". Not remembered: each call finds out for itself.
	 */
	@Bean
	UnknownResourceAnswer realtimeJourneysMissing() {
		return new UnknownResourceAnswer(ENDPOINTS, RealtimeJourneysUnavailable::new);
	}

	@Bean
	MappedInterceptor realtimeBackendSwitch(RealtimeProperties properties) {
		return new MappedInterceptor(ENDPOINTS, null, new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (!properties.enabled()) {
					throw new JourneyBackendDisabled("real-time journeys", "journey.realtime.enabled");
				}
				return true;
			}
		});
	}

}

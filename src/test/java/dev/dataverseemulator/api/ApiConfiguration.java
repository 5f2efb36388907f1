package dev.dataverseemulator.api;

import dev.dataverseemulator.EmulatorProperties;
import dev.dataverseemulator.auth.TokenService;
import dev.dataverseemulator.entity.EntityService;
import dev.dataverseemulator.entity.SeedData;
import dev.dataverseemulator.throttling.EmulatorStats;
import dev.dataverseemulator.throttling.ThrottlingGate;
import jakarta.servlet.DispatcherType;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The emulator's servlet filters, in order, and the seeding of the store before the port
 * opens.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	FilterRegistrationBean<ServiceRequestIdFilter> serviceRequestIdFilter() {
		FilterRegistrationBean<ServiceRequestIdFilter> registration = new FilterRegistrationBean<>(
				new ServiceRequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * After Spring's own filters (encoding, request context, observation), so that they
	 * run on the delayed dispatch too.
	 */
	@Bean
	FilterRegistrationBean<DataverseGatewayFilter> dataverseGatewayFilter(TokenService tokens, ThrottlingGate gate,
			EmulatorStats stats, ScheduledExecutorService emulatorLatencyTimer, DataverseResponses responses,
			EmulatorProperties properties) {
		FilterRegistrationBean<DataverseGatewayFilter> registration = new FilterRegistrationBean<>(
				new DataverseGatewayFilter(tokens, gate, stats, emulatorLatencyTimer, responses, properties));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		registration.setAsyncSupported(true);
		return registration;
	}

	@Bean
	SmartInitializingSingleton seedStore(EntityService entities, SeedData seed, EmulatorProperties properties) {
		return () -> {
			if (properties.seed()) {
				entities.reset(seed);
			}
		};
	}

}

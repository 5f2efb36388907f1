package dev.journeyfacade.web;

import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.DataverseUsers;
import dev.journeyfacade.dataverse.ImpersonationProperties;
import java.time.Clock;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Whom Dataverse calls act as (ADR 15): with {@code dataverse.impersonation.mode=caller}
 * and authentication on, {@link CallerImpersonation} runs before every API handler; with
 * authentication off (profile {@code local}) nobody signs in, so there is nobody to act
 * as and every call is the application user's. Start-up says which applies.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImpersonationProperties.class)
class ImpersonationConfiguration {

	/**
	 * The interceptor, registered as a bean method of its own so that MVC test slices
	 * (which pick up {@link WebMvcConfigurer}s, not this configuration) leave it out.
	 */
	@Bean
	WebMvcConfigurer callerImpersonation(ImpersonationProperties impersonation, AuthProperties auth,
			ObjectProvider<DataverseClient> client, ObjectProvider<Clock> clock) {
		if (!impersonation.impersonatesCallers()) {
			log.info("Dataverse impersonation is off (dataverse.impersonation.mode=off): every Dataverse call acts as "
					+ "this service's application user, whoever the caller is");
			return new WebMvcConfigurer() {
			};
		}
		if (!auth.enabled()) {
			log.warn("Dataverse impersonation is off although dataverse.impersonation.mode=caller: authentication is "
					+ "off (profile local), so no user signs in and every call acts as the application user");
			return new WebMvcConfigurer() {
			};
		}
		log.info(
				"Dataverse impersonation is on (dataverse.impersonation.mode=caller): the Dataverse calls of a "
						+ "user's request act as that user (CallerObjectId); application tokens {}",
				impersonation.appOnlyCallers() == ImpersonationProperties.AppOnlyCallers.APPLICATION_USER
						? "act as the application user" : "are refused");
		DataverseUsers users = new DataverseUsers(client.getObject(), clock.getIfAvailable(Clock::systemUTC),
				impersonation.userCacheTtl(), impersonation.userCacheSize());
		CallerImpersonation interceptor = new CallerImpersonation(users, impersonation, auth);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor).addPathPatterns("/api/**");
			}
		};
	}

}

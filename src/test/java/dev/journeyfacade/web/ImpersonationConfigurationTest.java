package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import ch.qos.logback.classic.Level;
import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.ImpersonationProperties;
import dev.testsupport.LogEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Whether the interceptor runs, and what start-up says: with authentication off (profile
 * local) nobody signs in, so impersonation is off whatever the mode.
 */
class ImpersonationConfigurationTest {

	@RegisterExtension
	final LogEvents events = LogEvents.of(ImpersonationConfiguration.class);

	@SuppressWarnings("unchecked")
	private final ObjectProvider<DataverseClient> client = mock(ObjectProvider.class);

	@SuppressWarnings("unchecked")
	private final ObjectProvider<Clock> clock = mock(ObjectProvider.class);

	private static ImpersonationProperties mode(ImpersonationProperties.Mode mode) {
		return new ImpersonationProperties(mode, ImpersonationProperties.AppOnlyCallers.REFUSE, Duration.ofMinutes(5),
				100);
	}

	private static AuthProperties auth(boolean enabled) {
		return new AuthProperties(enabled, null, null, List.of(), "scp", "roles",
				new AuthProperties.Cors(List.of(), Duration.ofHours(1)), new AuthProperties.SwaggerUi(null, null, ""),
				null);
	}

	private static List<Object> interceptors(WebMvcConfigurer configurer) {
		ExposedRegistry registry = new ExposedRegistry();
		configurer.addInterceptors(registry);
		return registry.interceptors();
	}

	@Test
	void withAuthenticationOffImpersonationIsOffAndStartUpSaysSo() {
		WebMvcConfigurer configurer = new ImpersonationConfiguration()
			.callerImpersonation(mode(ImpersonationProperties.Mode.CALLER), auth(false), client, clock);

		assertThat(interceptors(configurer)).isEmpty();
		verifyNoInteractions(client);
		assertThat(events.list()).anySatisfy(event -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).contains("impersonation is off").contains("authentication is off");
		});
	}

	@Test
	void modeOffRegistersNothingAndStartUpSaysSo() {
		WebMvcConfigurer configurer = new ImpersonationConfiguration()
			.callerImpersonation(mode(ImpersonationProperties.Mode.OFF), auth(true), client, clock);

		assertThat(interceptors(configurer)).isEmpty();
		assertThat(events.list()).anySatisfy(event -> assertThat(event.getFormattedMessage())
			.contains("impersonation is off (dataverse.impersonation.mode=off)"));
	}

	@Test
	void modeCallerWithAuthenticationOnImpersonatesTheApiCallers() {
		WebMvcConfigurer configurer = new ImpersonationConfiguration()
			.callerImpersonation(mode(ImpersonationProperties.Mode.CALLER), auth(true), client, clock);

		assertThat(interceptors(configurer)).hasSize(1);
		assertThat(events.list())
			.anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("impersonation is on"));
	}

	/** Spring's registry keeps its list protected. */
	private static final class ExposedRegistry extends InterceptorRegistry {

		List<Object> interceptors() {
			return getInterceptors();
		}

	}

}

package dev.journeyfacade.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON log lines the image writes (Elastic Common Schema, application.yml's
 * settings): the request's correlation id, and its trace and span ids under ECS's names,
 * so log lines and traces meet in Elastic and in any ECS-aware tool.
 */
class JsonLogsTest {

	@Test
	void anEcsLineCarriesTheRequestIdAndTheTraceAndSpanIdsUnderEcsNames() throws IOException {
		LoggingEvent event = new LoggingEvent();
		event.setLoggerName("dev.journeyfacade.web.ProblemDetailsAdvice");
		event.setLevel(Level.WARN);
		event.setMessage("Dataverse call failed");
		event.setThreadName("http-nio-8080-exec-1");
		event.setTimeStamp(1_780_000_000_000L);
		event.setMDCPropertyMap(Map.of("requestId", "req-1", "traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "spanId",
				"00f067aa0ba902b7"));

		JsonNode line = JsonMapper.shared().readTree(ecs().encode(event));

		assertThat(line.path("trace.id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(line.path("span.id").asString()).isEqualTo("00f067aa0ba902b7");
		assertThat(line.path("requestId").asString()).isEqualTo("req-1");
		assertThat(line.has("traceId")).isFalse();
		assertThat(line.path("ecs").path("version").isMissingNode()).isFalse();
	}

	/**
	 * The encoder Spring Boot makes for {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs},
	 * with application.yml's settings for every profile.
	 */
	private static StructuredLogEncoder ecs() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		for (PropertySource<?> document : new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"))) {
			if (!document.containsProperty("spring.config.activate.on-profile")) {
				environment.getPropertySources().addLast(document);
			}
		}
		LoggerContext context = new LoggerContext();
		context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setFormat("ecs");
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.setContext(context);
		encoder.start();
		return encoder;
	}

}

package dev.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * The log events one class writes during a test, with their levels (what
 * {@code OutputCaptureExtension}'s text does not keep apart). Register it as a field:
 * {@code @RegisterExtension final LogEvents events = LogEvents.of(Subject.class);}
 */
public final class LogEvents implements BeforeEachCallback, AfterEachCallback {

	private final Logger logger;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private LogEvents(Class<?> source) {
		this.logger = (Logger) LoggerFactory.getLogger(source);
	}

	public static LogEvents of(Class<?> source) {
		return new LogEvents(source);
	}

	/** The events written so far in this test, oldest first. */
	public List<ILoggingEvent> list() {
		return appender.list;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		appender.start();
		logger.addAppender(appender);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		logger.detachAppender(appender);
	}

}

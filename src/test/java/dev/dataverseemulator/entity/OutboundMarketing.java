package dev.dataverseemulator.entity;

import dev.dataverseemulator.EmulatorProperties;
import dev.dataverseemulator.odata.DataverseError;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether the environment still has outbound marketing. Microsoft removes it during 2026
 * and new environments never have it
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/transition-faqs); switched
 * off, its entity sets and its validate action answer as Dataverse answers for any name
 * it does not know: 404, {@code 0x8006088a}, "Resource not found for the segment '…'."
 * The records are kept for when it is switched on.
 */
@Component
public class OutboundMarketing {

	private final boolean initial;

	private final AtomicBoolean enabled;

	OutboundMarketing(EmulatorProperties properties) {
		this.initial = properties.outboundMarketing().enabled();
		this.enabled = new AtomicBoolean(initial);
	}

	public boolean enabled() {
		return enabled.get();
	}

	public void setEnabled(boolean on) {
		enabled.set(on);
	}

	/** Back to the configured value. */
	public void reset() {
		enabled.set(initial);
	}

	/** 404 for an outbound entity set or action while outbound marketing is gone. */
	public void requirePresent(String segment) {
		if (!enabled()) {
			throw DataverseError.resourceNotFound(segment);
		}
	}

}

package dev.journeyfacade.dataverse;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which of Dataverse's three service protection limits a 429 names, decoded from the
 * error body's {@code code}, and how each is answered
 * (learn.microsoft.com/power-apps/developer/data-platform/api-limits): the request count
 * and the combined execution time are counted for the whole application user, so the
 * instance pauses for {@code Retry-After}; the concurrency limit asks for fewer calls at
 * once, so only the refused call waits and the instance lowers its parallelism. A missing
 * or unknown code is answered like the first two, today's safe behaviour (ADR 13).
 */
enum ThrottleKind {

	/** Number of requests per window, {@code 0x80072322} (-2147015902). */
	REQUEST_COUNT("request-count", 0x80072322, true),

	/** Combined execution time per window, {@code 0x80072321} (-2147015903). */
	EXECUTION_TIME("execution-time", 0x80072321, true),

	/** Concurrent requests, {@code 0x80072326} (-2147015898). */
	CONCURRENCY("concurrency", 0x80072326, false),

	/** A 429 whose code names none of the three. */
	UNKNOWN("unknown", 0, true);

	private final String tag;

	private final int code;

	private final boolean pausesInstance;

	ThrottleKind(String tag, int code, boolean pausesInstance) {
		this.tag = tag;
		this.code = code;
		this.pausesInstance = pausesInstance;
	}

	/**
	 * The limit a 429's error code names. Dataverse writes codes in hexadecimal
	 * ({@code 0x80072326}); Microsoft's lists also give them as signed decimals
	 * ({@code -2147015898}): both are read.
	 */
	static ThrottleKind of(@Nullable String errorCode) {
		Integer value = parse(errorCode);
		if (value != null) {
			for (ThrottleKind kind : values()) {
				if (kind != UNKNOWN && kind.code == value) {
					return kind;
				}
			}
		}
		return UNKNOWN;
	}

	private static @Nullable Integer parse(@Nullable String errorCode) {
		if (errorCode == null) {
			return null;
		}
		String text = errorCode.trim().toLowerCase(Locale.ROOT);
		try {
			if (text.startsWith("0x") && text.length() > 2 && text.length() <= 10) {
				return Integer.parseUnsignedInt(text.substring(2), 16);
			}
			return text.isEmpty() || text.length() > 11 ? null : Integer.parseInt(text);
		}
		catch (NumberFormatException notACode) {
			return null;
		}
	}

	/** The meters' {@code reason} tag. */
	String tag() {
		return tag;
	}

	/**
	 * True when every call of the instance waits out {@code Retry-After}; false when only
	 * the refused call does.
	 */
	boolean pausesInstance() {
		return pausesInstance;
	}

}

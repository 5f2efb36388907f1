package dev.journeyfacade.journey;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ETag;

/**
 * The answer to a read of one journey (of either backend): the journey, or only that the
 * version the caller holds ({@code etag}) is current.
 */
record JourneyRead<T>(@Nullable T journey, @Nullable String etag) {

	static <T> JourneyRead<T> found(T journey, @Nullable String etag) {
		return new JourneyRead<>(journey, etag);
	}

	static <T> JourneyRead<T> notModified(String etag) {
		return new JourneyRead<>(null, etag);
	}

	boolean notModified() {
		return journey == null;
	}

	/**
	 * One journey, or that the caller's copy is current: {@code If-None-Match} (RFC 9110
	 * §13.1.2, weak comparison) names the version the caller holds. A single entity tag
	 * is handed to the backend, so Dataverse can answer 304 without sending the journey;
	 * a list or {@code *} is compared here after an ordinary read. A header that holds no
	 * entity tag is ignored.
	 * @param read reads the journey
	 * @param readIfChanged reads it unless it is at the version of this opaque tag (empty
	 * then)
	 * @param etagOf the journey's entity tag
	 */
	static <T> JourneyRead<T> of(@Nullable String ifNoneMatch, Supplier<T> read,
			Function<String, Optional<T>> readIfChanged, Function<T, @Nullable String> etagOf) {
		List<ETag> held = ifNoneMatch == null ? List.of() : ETag.parse(ifNoneMatch);
		if (held.isEmpty()) {
			T journey = read.get();
			return found(journey, etagOf.apply(journey));
		}
		T journey;
		ETag single = held.size() == 1 && !held.get(0).isWildcard() ? held.get(0) : null;
		if (single != null) {
			Optional<T> changed = readIfChanged.apply(single.tag());
			if (changed.isEmpty()) {
				return notModified(single.formattedTag());
			}
			journey = changed.get();
		}
		else {
			journey = read.get();
		}
		// Dataverse may answer 200 with the same version (a table without optimistic
		// concurrency, a backend that cannot ask): the caller's copy is current all the
		// same.
		String etag = etagOf.apply(journey);
		if (etag != null && matches(held, ETag.create(etag))) {
			return notModified(etag);
		}
		return found(journey, etag);
	}

	private static boolean matches(List<ETag> held, ETag current) {
		return held.stream().anyMatch(tag -> tag.isWildcard() || tag.compare(current, false));
	}

}

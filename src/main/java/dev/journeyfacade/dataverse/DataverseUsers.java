package dev.journeyfacade.dataverse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Dataverse user of an Entra ID object id: {@code GET
 * systemusers?$filter=azureactivedirectoryobjectid eq …}, as the application user. What
 * Dataverse answers to a {@code CallerObjectId} that names no user is not documented
 * (learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user), so
 * the web layer asks first. Answers (a user, or none) are kept for a while, a bounded
 * number of them, and looked up once however many requests of one caller arrive at once
 * (single flight): a request of a known caller costs a map look-up. A failed look-up is
 * not kept.
 */
public final class DataverseUsers {

	static final String SET = "systemusers";

	/** The query's row: the user's id, name and whether it is disabled. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Row(@JsonProperty("systemuserid") @Nullable UUID id, @JsonProperty("fullname") @Nullable String fullName,
			@JsonProperty("isdisabled") @Nullable Boolean disabled) {
	}

	private record Entry(CompletableFuture<Optional<DataverseUser>> user, Instant expires) {
	}

	private final DataverseClient client;

	private final Clock clock;

	private final Duration ttl;

	private final int maxEntries;

	private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

	public DataverseUsers(DataverseClient client, Clock clock, Duration ttl, int maxEntries) {
		this.client = client;
		this.clock = clock;
		this.ttl = ttl;
		this.maxEntries = maxEntries;
	}

	/**
	 * The Dataverse user whose {@code azureactivedirectoryobjectid} this is; empty when
	 * there is none.
	 * @throws DataverseException when Dataverse cannot say
	 */
	public Optional<DataverseUser> byObjectId(UUID objectId) {
		Instant now = clock.instant();
		CompletableFuture<Optional<DataverseUser>> mine = new CompletableFuture<>();
		Entry entry = entries.compute(objectId,
				(id, old) -> old != null && now.isBefore(old.expires()) ? old : new Entry(mine, now.plus(ttl)));
		if (entry.user() == mine) {
			boundSize(now);
			try {
				mine.complete(lookUp(objectId));
			}
			catch (RuntimeException e) {
				entries.remove(objectId, entry);
				mine.completeExceptionally(e);
			}
		}
		try {
			return entry.user().join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	private Optional<DataverseUser> lookUp(UUID objectId) {
		ODataQuery query = ODataQuery.select("systemuserid", "fullname", "isdisabled")
			.withFilter(ODataFilter.eq("azureactivedirectoryobjectid", objectId))
			.withTop(1);
		List<Row> rows;
		// as the application user: the user may not exist, which is what is asked
		try (DataverseCaller.Scope ignored = DataverseCaller.asApplicationUser()) {
			rows = client.query(SET, query, Row.class);
		}
		return rows.stream()
			.filter(row -> row.id() != null)
			.findFirst()
			.map(row -> new DataverseUser(row.id(), row.fullName(), Boolean.TRUE.equals(row.disabled())));
	}

	/**
	 * Over the bound, expired answers go first, then any: the cache saves look-ups, it
	 * promises none.
	 */
	private void boundSize(Instant now) {
		if (entries.size() <= maxEntries) {
			return;
		}
		entries.values().removeIf(entry -> !now.isBefore(entry.expires()) && entry.user().isDone());
		Iterator<Entry> any = entries.values().iterator();
		while (entries.size() > maxEntries && any.hasNext()) {
			if (any.next().user().isDone()) {
				any.remove();
			}
		}
	}

	/** How many answers are kept now. */
	int size() {
		return entries.size();
	}

}

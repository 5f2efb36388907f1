package dev.journeyfacade.dataverse;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The user the Dataverse calls of the current caller request act as, by Entra ID object
 * id: sent as {@code CallerObjectId} on every call made inside an {@link #actAs} scope
 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api;
 * ADR 15). The client knows no token of the caller: the web layer opens the scope once it
 * has checked the caller. The value is taken into each call when the call is made, on the
 * caller's thread, so the pipeline (retries, waits, the token it fetches as the
 * application user) never reads it again. Outside any scope calls act as the application
 * user.
 */
public final class DataverseCaller {

	/** The header Dataverse reads the impersonated user's Entra ID object id from. */
	public static final String CALLER_OBJECT_ID = "CallerObjectId";

	private static final ThreadLocal<UUID> OBJECT_ID = new ThreadLocal<>();

	private DataverseCaller() {
	}

	/**
	 * Until the scope is closed, the Dataverse calls of this thread act as the user with
	 * this Entra ID object id.
	 */
	public static Scope actAs(UUID objectId) {
		UUID previous = OBJECT_ID.get();
		OBJECT_ID.set(objectId);
		return () -> {
			if (previous == null) {
				OBJECT_ID.remove();
			}
			else {
				OBJECT_ID.set(previous);
			}
		};
	}

	/**
	 * Until the scope is closed, the Dataverse calls of this thread act as the
	 * application user, whatever an outer scope says (the look-up of a caller's Dataverse
	 * user, say).
	 */
	public static Scope asApplicationUser() {
		UUID previous = OBJECT_ID.get();
		OBJECT_ID.remove();
		return () -> {
			if (previous != null) {
				OBJECT_ID.set(previous);
			}
		};
	}

	/** The object id calls made now act as; null for the application user. */
	static @Nullable UUID current() {
		return OBJECT_ID.get();
	}

	/** Ends a scope; never throws. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}

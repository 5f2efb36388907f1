package dev.dataverseemulator.security;

import dev.dataverseemulator.EmulatorProperties;
import dev.dataverseemulator.odata.DataverseError;
import dev.dataverseemulator.odata.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Resolves who a call acts as from its impersonation headers, and holds the privileges in
 * force: the seeded ones, changeable at {@code /_emulator/security} until the next reset.
 *
 * <p>
 * {@code CallerObjectId} (the user's Entra ID object id, preferred) or the legacy
 * {@code MSCRMCallerID} (the systemuserid) make the application user act as that user, if
 * it holds {@code prvActOnBehalfOfAnotherUser}; otherwise 403 {@code 0x8004A110} with
 * Dataverse's message. An id that names the application user itself is no impersonation.
 * Both headers: {@code CallerObjectId} wins. The emulator's own choices where Microsoft
 * documents nothing: an id that names no user answers 403 {@code 0x80040220}; a value
 * that is not a GUID answers 400 {@code 0x80040203}.
 */
@Service
public class SecurityService {

	public static final String CALLER_OBJECT_ID = "CallerObjectId";

	public static final String MSCRM_CALLER_ID = "MSCRMCallerID";

	private final Map<UUID, Directory.User> users;

	private final Map<UUID, Directory.User> byObjectId;

	private final Directory.User application;

	private final boolean initialActOnBehalf;

	private final Map<UUID, Privileges> privileges = new ConcurrentHashMap<>();

	private volatile boolean actOnBehalf;

	public SecurityService(EmulatorProperties properties) {
		List<Directory.User> roster = Directory.users(properties.clientId());
		this.users = roster.stream()
			.collect(Collectors.toMap(Directory.User::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.byObjectId = roster.stream().collect(Collectors.toMap(Directory.User::objectId, Function.identity()));
		this.application = users.get(Directory.APPLICATION_USER);
		this.initialActOnBehalf = properties.impersonation().applicationUserMayActOnBehalf();
		reset();
	}

	/** The application user itself, for calls that impersonate no one. */
	public CallContext application() {
		return new CallContext(application, application, this);
	}

	/**
	 * Who a call acts as, from its {@code CallerObjectId} / {@code MSCRMCallerID} headers
	 * (either may be null).
	 */
	public CallContext resolve(String callerObjectId, String mscrmCallerId) {
		Directory.User user;
		if (callerObjectId != null && !callerObjectId.isBlank()) {
			UUID objectId = guid(CALLER_OBJECT_ID, callerObjectId);
			user = byObjectId.get(objectId);
			if (user == null) {
				throw unknownUser("azureactivedirectoryobjectid", objectId);
			}
		}
		else if (mscrmCallerId != null && !mscrmCallerId.isBlank()) {
			UUID id = guid(MSCRM_CALLER_ID, mscrmCallerId);
			user = users.get(id);
			if (user == null) {
				throw unknownUser("systemuserid", id);
			}
		}
		else {
			return application();
		}
		if (user.id().equals(application.id())) {
			return application(); // acting as oneself is no impersonation
		}
		if (!actOnBehalf) {
			throw DataverseError.of(HttpStatus.FORBIDDEN, DataverseError.CANNOT_ACT_ON_BEHALF,
					"User does not have the privilege to act on behalf another user.");
		}
		return new CallContext(user, application, this);
	}

	public Privileges privilegesOf(UUID userId) {
		return privileges.getOrDefault(userId, Privileges.NONE);
	}

	/**
	 * Replaces a user's privileges until the next reset; empty when there is no such
	 * user.
	 */
	public Optional<Privileges> setPrivileges(UUID userId, Privileges newPrivileges) {
		if (!users.containsKey(userId)) {
			return Optional.empty();
		}
		privileges.put(userId, newPrivileges);
		return Optional.of(newPrivileges);
	}

	public boolean applicationUserMayActOnBehalf() {
		return actOnBehalf;
	}

	public void setApplicationUserMayActOnBehalf(boolean allowed) {
		actOnBehalf = allowed;
	}

	public Optional<Directory.User> user(UUID id) {
		return Optional.ofNullable(users.get(id));
	}

	/** Every user, in seed order. */
	public List<Directory.User> users() {
		return List.copyOf(users.values());
	}

	/** The seeded privileges and act-on-behalf setting again. */
	public void reset() {
		privileges.clear();
		users.values().forEach(u -> privileges.put(u.id(), u.privileges()));
		actOnBehalf = initialActOnBehalf;
	}

	private static UUID guid(String header, String value) {
		UUID id = Values.parseGuid(value.trim());
		if (id == null) {
			throw DataverseError.of(HttpStatus.BAD_REQUEST, DataverseError.INVALID_ARGUMENT,
					"The " + header + " header must be a GUID, not '" + value + "'.");
		}
		return id;
	}

	private static DataverseError unknownUser(String attribute, UUID id) {
		return DataverseError.of(HttpStatus.FORBIDDEN, DataverseError.PRIVILEGE_DENIED, "No systemuser with "
				+ attribute + " = " + id + " exists, so the application user cannot act on its behalf.");
	}

}

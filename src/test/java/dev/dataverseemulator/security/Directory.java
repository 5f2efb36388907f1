package dev.dataverseemulator.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The users and business units a fresh emulator knows: the application user the
 * credentials stand for, and marketers with different privileges, so that every outcome
 * of impersonation can be tested. Ids of the users the seed's requests name are kept; the
 * rest are stable made-up ids.
 */
public final class Directory {

	public static final UUID ROOT_BUSINESS_UNIT = UUID.fromString("5f1c4a2e-7d3b-4e9a-8c6f-1a2b3c4d5e6f");

	public static final UUID EMEA_BUSINESS_UNIT = id("businessunit", "Marketing EMEA");

	/** The application user the emulator's credentials stand for. */
	public static final UUID APPLICATION_USER = UUID.fromString("3b5f1e7a-0c4d-4e8b-9a55-5e3f0c2d7a11");

	/** The seed's owner: every privilege in the whole organization. */
	public static final UUID SAMPLE_USER = UUID.fromString("d0e20c01-d6c6-480f-aab5-0fa6749565a5");

	/**
	 * Reads everything; writes and publishes in her business unit (Marketing EMEA) only.
	 */
	public static final UUID ADELE = id("user", "Adele Vance");

	/** Reads everything, writes nothing. */
	public static final UUID MEGAN = id("user", "Megan Bowen");

	/** Reads and writes everything, publishes nothing. */
	public static final UUID ALEX = id("user", "Alex Wilber");

	/** Reads, writes and publishes only the records he owns. */
	public static final UUID DIEGO = id("user", "Diego Siciliani");

	/** No privilege at all. */
	public static final UUID LEE = id("user", "Lee Gu");

	/** A business unit ({@code businessunits}). */
	public record BusinessUnit(UUID id, String name, UUID parent) {
	}

	/**
	 * A user ({@code systemusers}).
	 *
	 * @param objectId {@code azureactivedirectoryobjectid}, what {@code CallerObjectId}
	 * names
	 * @param applicationId the client id of an application user; null for people
	 */
	public record User(UUID id, String fullName, UUID objectId, UUID applicationId, UUID businessUnit,
			Privileges privileges) {
	}

	private Directory() {
	}

	public static List<BusinessUnit> businessUnits() {
		return List.of(new BusinessUnit(ROOT_BUSINESS_UNIT, "journeyfacade-emulator", null),
				new BusinessUnit(EMEA_BUSINESS_UNIT, "Marketing EMEA", ROOT_BUSINESS_UNIT));
	}

	/**
	 * @param clientId the application user's client id ({@code applicationid})
	 */
	public static List<User> users(String clientId) {
		return List.of(new User(APPLICATION_USER, "# journey-facade (application user)",
				objectId("journey-facade application"), UUID.fromString(clientId), ROOT_BUSINESS_UNIT, Privileges.ALL),
				person(SAMPLE_USER, "Marketing Admin (sample)", ROOT_BUSINESS_UNIT, Privileges.ALL),
				person(ADELE, "Adele Vance (sample)", EMEA_BUSINESS_UNIT,
						new Privileges(Depth.ORGANIZATION, Depth.BUSINESS_UNIT, Depth.BUSINESS_UNIT)),
				person(MEGAN, "Megan Bowen (sample, reads only)", ROOT_BUSINESS_UNIT,
						new Privileges(Depth.ORGANIZATION, Depth.NONE, Depth.NONE)),
				person(ALEX, "Alex Wilber (sample, does not publish)", ROOT_BUSINESS_UNIT,
						new Privileges(Depth.ORGANIZATION, Depth.ORGANIZATION, Depth.NONE)),
				person(DIEGO, "Diego Siciliani (sample, own records only)", ROOT_BUSINESS_UNIT,
						new Privileges(Depth.USER, Depth.USER, Depth.USER)),
				person(LEE, "Lee Gu (sample, no privileges)", ROOT_BUSINESS_UNIT, Privileges.NONE));
	}

	/** The Entra ID object id of a seeded user, by the user's id. */
	public static UUID objectIdOf(UUID userId) {
		return users(new UUID(0, 0).toString()).stream()
			.filter(u -> u.id().equals(userId))
			.findFirst()
			.map(User::objectId)
			.orElseThrow(() -> new IllegalArgumentException("no seeded user " + userId));
	}

	private static User person(UUID id, String fullName, UUID businessUnit, Privileges privileges) {
		return new User(id, fullName, objectId(fullName), null, businessUnit, privileges);
	}

	private static UUID objectId(String name) {
		return id("aad", name);
	}

	private static UUID id(String kind, String name) {
		return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
	}

}

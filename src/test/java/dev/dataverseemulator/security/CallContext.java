package dev.dataverseemulator.security;

import dev.dataverseemulator.odata.DataverseError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Who a call acts as: the application user, or a user it impersonates
 * ({@code CallerObjectId}). Impersonated, the call may do only what both may do, as
 * Dataverse documents
 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api):
 * the user is checked first, then the application user, and the first that falls short is
 * named in the 403.
 */
public final class CallContext {

	private final Directory.User user;

	private final Directory.User application;

	private final SecurityService security;

	CallContext(Directory.User user, Directory.User application, SecurityService security) {
		this.user = user;
		this.application = application;
		this.security = security;
	}

	/**
	 * The parts of a record its access check needs.
	 *
	 * @param id null for a record about to be created
	 * @param owner {@code _ownerid_value}
	 * @param businessUnit {@code _owningbusinessunit_value}
	 */
	public record Target(UUID id, UUID owner, UUID businessUnit) {
	}

	/**
	 * The user the call acts as: {@code createdby}, {@code modifiedby}, the owner of what
	 * it creates.
	 */
	public UUID userId() {
		return user.id();
	}

	/** The application user when impersonating ({@code createdonbehalfby}), else null. */
	public UUID onBehalfOf() {
		return impersonating() ? application.id() : null;
	}

	public boolean impersonating() {
		return !user.id().equals(application.id());
	}

	public UUID businessUnitId() {
		return user.businessUnit();
	}

	/**
	 * 403 unless both principals hold the privilege; with a target, at a depth that
	 * reaches it.
	 */
	public void require(Access access, String logicalName, Target target) {
		for (Directory.User principal : principals()) {
			check(principal, access, logicalName, target);
		}
	}

	/**
	 * Whether a list shows the record: both principals reach it with their read
	 * privilege.
	 */
	public boolean mayRead(String logicalName, Target target) {
		return principals().stream()
			.allMatch(p -> reaches(security.privilegesOf(p.id()).depthFor(Access.READ), p, target));
	}

	private List<Directory.User> principals() {
		return impersonating() ? List.of(user, application) : List.of(user);
	}

	private void check(Directory.User principal, Access access, String logicalName, Target target) {
		Privileges privileges = security.privilegesOf(principal.id());
		Depth depth = privileges.depthFor(access);
		if (depth == Depth.NONE) {
			throw DataverseError.of(HttpStatus.FORBIDDEN, DataverseError.PRIVILEGE_DENIED,
					"Principal user (Id=" + principal.id() + ", type=8, roleCount=1, privilegeCount="
							+ privileges.count() + ", accessMode=0, businessUnitId=" + principal.businessUnit()
							+ "), is missing " + access.privilege(logicalName) + " privilege (Id="
							+ privilegeId(access, logicalName) + ") on entity '" + logicalName + "'.");
		}
		if (target != null && !reaches(depth, principal, target)) {
			throw DataverseError.of(HttpStatus.FORBIDDEN, DataverseError.PRIVILEGE_DENIED,
					"SecLib::AccessCheckEx failed. Returned hr = -2147187962, ObjectID: " + target.id() + ", OwnerId: "
							+ target.owner() + ",  OwnerIdType: 8 and CallingUser: " + principal.id() + ". Entity: "
							+ logicalName + ", objectBusinessUnitId: " + target.businessUnit() + ", AccessRights: "
							+ access.accessRight() + " ");
		}
	}

	private static boolean reaches(Depth depth, Directory.User principal, Target target) {
		return switch (depth) {
			case NONE -> false;
			case USER -> principal.id().equals(target.owner());
			case BUSINESS_UNIT -> principal.businessUnit().equals(target.businessUnit());
			case ORGANIZATION -> true;
		};
	}

	/**
	 * A privilege's id is per organization in Dataverse; the emulator's are stable
	 * made-up ones.
	 */
	private static UUID privilegeId(Access access, String logicalName) {
		return UUID.nameUUIDFromBytes(access.privilege(logicalName).getBytes(StandardCharsets.UTF_8));
	}

}

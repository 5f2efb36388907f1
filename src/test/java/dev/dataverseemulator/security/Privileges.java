package dev.dataverseemulator.security;

import jakarta.validation.constraints.NotNull;

/**
 * A user's privileges on the journey tables, small enough to test: read, write (create,
 * update, delete) and publish, each with a depth.
 */
public record Privileges(@NotNull Depth read, @NotNull Depth write, @NotNull Depth publish) {

	public static final Privileges ALL = new Privileges(Depth.ORGANIZATION, Depth.ORGANIZATION, Depth.ORGANIZATION);

	public static final Privileges NONE = new Privileges(Depth.NONE, Depth.NONE, Depth.NONE);

	Depth depthFor(Access access) {
		return switch (access) {
			case READ -> read;
			case CREATE, WRITE, DELETE -> write;
			case PUBLISH -> publish;
		};
	}

	/**
	 * How many of the five privileges the user holds at any depth (for Dataverse's
	 * {@code privilegeCount}).
	 */
	int count() {
		int n = 0;
		for (Access access : Access.values()) {
			n += depthFor(access) == Depth.NONE ? 0 : 1;
		}
		return n;
	}
}

package dev.dataverseemulator.security;

/**
 * What a call does to a record, with the privilege Dataverse names for it
 * ({@code prvRead<entity>} …) and the access right its security library reports.
 * {@link #PUBLISH} is the emulator's own: Dataverse documents no privilege of its own for
 * taking a journey live (it is a write), but tests need "may write, may not publish".
 */
public enum Access {

	READ("prvRead", "ReadAccess"), CREATE("prvCreate", "CreateAccess"), WRITE("prvWrite", "WriteAccess"),
	DELETE("prvDelete", "DeleteAccess"), PUBLISH("prvPublish", "WriteAccess");

	private final String privilegePrefix;

	private final String accessRight;

	Access(String privilegePrefix, String accessRight) {
		this.privilegePrefix = privilegePrefix;
		this.accessRight = accessRight;
	}

	/** e.g. {@code prvWritemsdynmkt_journey}. */
	public String privilege(String logicalName) {
		return privilegePrefix + logicalName;
	}

	String accessRight() {
		return accessRight;
	}

}

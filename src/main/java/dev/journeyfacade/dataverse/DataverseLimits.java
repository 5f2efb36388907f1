package dev.journeyfacade.dataverse;

/**
 * Sizes Dataverse itself fixes, which bound whatever the facade reads from it or writes
 * into it.
 */
public final class DataverseLimits {

	/**
	 * The longest text a Dataverse column holds: a multiple-lines-of-text column,
	 * 1,048,576 characters
	 * (learn.microsoft.com/power-apps/maker/data-platform/types-of-fields).
	 */
	public static final int TEXT_MAX = 1_048_576;

	/** A GUID as text, {@code 8-4-4-4-12} hexadecimal digits. */
	public static final int GUID_LENGTH = 36;

	private DataverseLimits() {
	}

}

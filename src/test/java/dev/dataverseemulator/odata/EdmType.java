package dev.dataverseemulator.odata;

/**
 * The OData primitive types the emulator's attributes use (choice columns are
 * {@code Edm.Int32} in Dataverse).
 */
public enum EdmType {

	STRING("Edm.String"), INT32("Edm.Int32"), BOOLEAN("Edm.Boolean"), DATETIME("Edm.DateTimeOffset"), GUID("Edm.Guid");

	private final String edmName;

	EdmType(String edmName) {
		this.edmName = edmName;
	}

	public String edmName() {
		return edmName;
	}

}

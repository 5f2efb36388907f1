package dev.dataverseemulator.odata;

import java.util.Optional;

/**
 * What the query engine needs to know about an entity type: its name and the type of each
 * readable property.
 */
public interface PropertyTypes {

	/** e.g. {@code msdyncrm_customerjourney}, for error messages. */
	String logicalName();

	/**
	 * The type of a readable property (read names, so lookups as {@code _x_value}); empty
	 * when unknown.
	 */
	Optional<EdmType> typeOf(String property);

	/**
	 * The primary key property, the last sort key of every query so that pages are
	 * stable.
	 */
	String primaryKey();

	/** Dataverse's message for a property the type does not have. */
	default DataverseError unknownProperty(String property) {
		return DataverseError.badQuery("Could not find a property named '" + property
				+ "' on type 'Microsoft.Dynamics.CRM." + logicalName() + "'.");
	}

}

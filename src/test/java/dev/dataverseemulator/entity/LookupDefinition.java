package dev.dataverseemulator.entity;

/**
 * A lookup column: written as {@code <navigation>@odata.bind: "/<target set>(<id>)"},
 * read as {@code valueAttribute}.
 *
 * @param navigation the single-valued navigation property, case-sensitive (e.g.
 * {@code msdyncrm_contentsettingsId})
 * @param targetSet the entity set the bound record must come from
 * @param valueAttribute the read-side attribute, e.g.
 * {@code _msdyncrm_contentsettingsid_value}
 * @param writable false for the ones Dataverse sets itself ({@code createdby},
 * {@code owningbusinessunit} …)
 */
public record LookupDefinition(String navigation, String targetSet, String valueAttribute, boolean writable) {

	static LookupDefinition bindable(String navigation, String targetSet, String valueAttribute) {
		return new LookupDefinition(navigation, targetSet, valueAttribute, true);
	}

	/**
	 * A lookup Dataverse sets itself; its value attribute is {@code _<navigation>_value}.
	 */
	static LookupDefinition system(String navigation, String targetSet) {
		return new LookupDefinition(navigation, targetSet, "_" + navigation + "_value", false);
	}
}

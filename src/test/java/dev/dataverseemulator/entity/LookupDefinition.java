package dev.dataverseemulator.entity;

/**
 * A lookup column: written as {@code <navigation>@odata.bind: "/<target set>(<id>)"}, read as {@code valueAttribute}.
 *
 * @param navigation     the single-valued navigation property, case-sensitive (e.g. {@code msdyncrm_contentsettingsId})
 * @param targetSet      the entity set the bound record must come from
 * @param valueAttribute the read-side attribute, e.g. {@code _msdyncrm_contentsettingsid_value}
 */
public record LookupDefinition(String navigation, String targetSet, String valueAttribute) {
}

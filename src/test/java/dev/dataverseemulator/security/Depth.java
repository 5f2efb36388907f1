package dev.dataverseemulator.security;

/**
 * How far a privilege reaches, after Dataverse's access levels
 * (learn.microsoft.com/power-platform/admin/security-roles-privileges): none, the user's
 * own records (Basic), the user's business unit (Local), the whole organization (Global).
 * Dataverse's Deep level (the business unit and its children) is not emulated.
 */
public enum Depth {

	NONE, USER, BUSINESS_UNIT, ORGANIZATION

}

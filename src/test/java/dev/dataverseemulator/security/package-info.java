/**
 * The emulator's Dataverse security: seeded users and business units, a small privilege
 * model (read, write, publish, each with a depth), the application user's act-on-behalf
 * privilege and {@code CallerObjectId} impersonation.
 */
package dev.dataverseemulator.security;

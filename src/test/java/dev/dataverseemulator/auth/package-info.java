/** The emulator's stand-in for Entra ID's client-credentials token endpoint, and bearer token checks. */
package dev.dataverseemulator.auth;

/**
 * The emulator's stand-in for Entra ID's client-credentials token endpoint (secret or
 * federated client assertion), and bearer token checks.
 */
package dev.dataverseemulator.auth;

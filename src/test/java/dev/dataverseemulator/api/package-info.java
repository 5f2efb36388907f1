/**
 * The emulator's HTTP surface: the Dataverse Web API routes, the gateway filter (auth,
 * throttling, latency), admin endpoints.
 */
package dev.dataverseemulator.api;

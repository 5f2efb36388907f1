/**
 * The emulator's service protection limits (request count, execution time, concurrency,
 * per user and web server), random 429s, latency, and traffic counters.
 */
package dev.dataverseemulator.throttling;

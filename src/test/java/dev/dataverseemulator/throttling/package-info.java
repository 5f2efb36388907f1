/** The emulator's service protection limits (rate limit, concurrency cap, random 429s, latency) and traffic counters. */
package dev.dataverseemulator.throttling;

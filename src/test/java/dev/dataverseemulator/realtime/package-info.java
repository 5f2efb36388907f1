/**
 * The emulator's real-time journeys action: {@code msdynmkt_CreateJourneyFromTemplate},
 * its JSONPath modifications, its checks and its documented error codes.
 */
package dev.dataverseemulator.realtime;

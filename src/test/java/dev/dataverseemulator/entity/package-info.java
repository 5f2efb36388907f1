/**
 * The emulator's entity sets: definitions and field rules, the thread-safe record store,
 * seed data, the outbound and real-time journey lifecycles, and the outbound-marketing
 * switch.
 */
package dev.dataverseemulator.entity;

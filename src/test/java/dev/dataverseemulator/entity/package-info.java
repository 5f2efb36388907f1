/** The emulator's entity sets: definitions and field rules, the thread-safe record store, seed data, journey lifecycle. */
package dev.dataverseemulator.entity;

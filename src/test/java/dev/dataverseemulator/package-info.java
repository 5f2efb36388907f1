/**
 * Local Dataverse stand-in for tests, local runs and benchmarks, alone or embedded; test
 * tree only, outside the facade's packages (ADR 10): nothing of the facade imports it.
 */
package dev.dataverseemulator;

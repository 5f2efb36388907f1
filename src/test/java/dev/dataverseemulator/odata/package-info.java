/**
 * The emulator's OData query engine: {@code $filter} parser and evaluator, ordering,
 * paging, and Dataverse-shaped errors.
 */
package dev.dataverseemulator.odata;

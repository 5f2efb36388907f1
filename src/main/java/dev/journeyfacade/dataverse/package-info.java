/**
 * Generic Dataverse Web API client: token, retry, throttle gate, concurrency cap, OData,
 * errors; knows no entity of ours.
 */
@NullMarked
package dev.journeyfacade.dataverse;

import org.jspecify.annotations.NullMarked;

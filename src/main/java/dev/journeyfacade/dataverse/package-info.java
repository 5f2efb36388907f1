/** Generic Dataverse Web API client: token, retry, throttle gate, concurrency cap, OData, errors; knows no entity of ours. */
package dev.journeyfacade.dataverse;

/**
 * The outbound journey's design: the tile tree the API carries, and its codec to and from
 * Dataverse's workflow definition with its checks (pure Java; the wiring and the OpenAPI
 * customizer beside it).
 */
@NullMarked
package dev.journeyfacade.journey.msdyncrm.design;

import org.jspecify.annotations.NullMarked;

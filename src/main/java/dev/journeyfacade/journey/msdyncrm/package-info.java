/** The outbound-marketing journey entity of Dataverse: field names, option-set codes, shapes and the one mapper. */
package dev.journeyfacade.journey.msdyncrm;

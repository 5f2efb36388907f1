/** The journey REST API: controller, API records and enums (names only), lifecycle rules and service. */
package dev.journeyfacade.journey;

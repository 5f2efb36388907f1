/** Local Dataverse stand-in (profile {@code local}, or alone); nothing outside this package imports it. */
package dev.journeyfacade.emulator;

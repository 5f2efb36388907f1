/** The journey design tree and its codec to and from Dataverse's workflow definition (pure Java, no Spring). */
package dev.journeyfacade.journey.design;

/** Web plumbing shared by every feature: problem details, correlation id, OpenAPI. */
package dev.journeyfacade.web;

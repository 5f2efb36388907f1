/** Web plumbing shared by every feature: problem details, correlation id, inbound security, OpenAPI. */
package dev.journeyfacade.web;

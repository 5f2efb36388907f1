/**
 * Web plumbing shared by every feature: problem details, correlation id, inbound
 * security, OpenAPI.
 */
@NullMarked
package dev.journeyfacade.web;

import org.jspecify.annotations.NullMarked;

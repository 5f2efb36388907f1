package dev.journeyfacade.journey.msdyncrm.design;

import io.swagger.v3.oas.annotations.media.Schema;

/** Kinds of content the journey designer nests inside an email tile. */
@Schema(enumAsRef = true, description = "Kind of content nested in an email tile: a marketing page, an event, a survey "
		+ "or a marketing form that the email links to.", example = "LANDING_PAGE")
public enum EmailContentType {

	LANDING_PAGE, EVENT, SURVEY, MARKETING_FORM

}

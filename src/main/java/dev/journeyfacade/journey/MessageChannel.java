package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/** The kinds of message an action of a real-time journey sends. */
@Schema(enumAsRef = true, description = "Kind of message an action of a real-time journey sends: EMAIL, SMS (a text "
		+ "message) or PUSH (a push notification).", example = "EMAIL")
public enum MessageChannel {

	EMAIL, SMS, PUSH;

	@Override
	public String toString() {
		return name();
	}

}

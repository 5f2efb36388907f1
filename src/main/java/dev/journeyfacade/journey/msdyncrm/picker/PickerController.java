package dev.journeyfacade.journey.msdyncrm.picker;

import dev.journeyfacade.journey.PickerPage;
import dev.journeyfacade.journey.JourneyLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pickers of the journey editor: {@code /api/v1/segments}, {@code /emails},
 * {@code /content-settings}.
 */
@Tag(name = "Pickers", description = "Read-only lists to choose segments, emails and content settings for an "
		+ "outbound journey. Like the journeys, they answer 503 `outbound-marketing-unavailable` where the environment "
		+ "has no outbound marketing, and 501 `journey-backend-disabled` where this deployment does not serve it.")
@RestController
@RequiredArgsConstructor
class PickerController {

	private final PickerService service;

	@GetMapping(path = Pickers.SEGMENTS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listSegments", summary = "List segments",
			description = "Segments to target or suppress, sorted by name; `q` searches the name.")
	@ApiResponse(responseCode = "200", description = "A page of segments.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is invalid, or the page token was not issued by this service.")
	PickerPage<SegmentOption> listSegments(
			@QueryParameter @RequestParam(name = "q",
					required = false) @Size(max = JourneyLimits.QUERY_MAX) @Nullable String q,
			@PageSizeParameter @RequestParam(name = "pageSize",
					defaultValue = JourneyLimits.PAGE_SIZE_DEFAULT) @Min(JourneyLimits.PAGE_SIZE_MIN) @Max(JourneyLimits.PAGE_SIZE_MAX) int pageSize,
			@PageTokenParameter @RequestParam(name = "pageToken",
					required = false) @Size(max = JourneyLimits.PAGE_TOKEN_MAX) @Nullable String pageToken) {
		return service.segments(q, pageSize, pageToken);
	}

	@GetMapping(path = Pickers.EMAILS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listEmails", summary = "List marketing emails",
			description = "Marketing emails a journey can send, sorted by name; `q` searches the name.")
	@ApiResponse(responseCode = "200", description = "A page of emails.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is invalid, or the page token was not issued by this service.")
	PickerPage<EmailOption> listEmails(
			@QueryParameter @RequestParam(name = "q",
					required = false) @Size(max = JourneyLimits.QUERY_MAX) @Nullable String q,
			@PageSizeParameter @RequestParam(name = "pageSize",
					defaultValue = JourneyLimits.PAGE_SIZE_DEFAULT) @Min(JourneyLimits.PAGE_SIZE_MIN) @Max(JourneyLimits.PAGE_SIZE_MAX) int pageSize,
			@PageTokenParameter @RequestParam(name = "pageToken",
					required = false) @Size(max = JourneyLimits.PAGE_TOKEN_MAX) @Nullable String pageToken) {
		return service.emails(q, pageSize, pageToken);
	}

	@GetMapping(path = Pickers.CONTENT_SETTINGS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listContentSettings", summary = "List content settings",
			description = "Content settings a journey can use, sorted by name; `q` searches the name.")
	@ApiResponse(responseCode = "200", description = "A page of content settings.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is invalid, or the page token was not issued by this service.")
	PickerPage<ContentSettingsOption> listContentSettings(
			@QueryParameter @RequestParam(name = "q",
					required = false) @Size(max = JourneyLimits.QUERY_MAX) @Nullable String q,
			@PageSizeParameter @RequestParam(name = "pageSize",
					defaultValue = JourneyLimits.PAGE_SIZE_DEFAULT) @Min(JourneyLimits.PAGE_SIZE_MIN) @Max(JourneyLimits.PAGE_SIZE_MAX) int pageSize,
			@PageTokenParameter @RequestParam(name = "pageToken",
					required = false) @Size(max = JourneyLimits.PAGE_TOKEN_MAX) @Nullable String pageToken) {
		return service.contentSettings(q, pageSize, pageToken);
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	// No example: Swagger UI would prefill it in "Try it out" and filter the list.
	@Parameter(description = "Only choices whose name contains this text (case-insensitive; `%`, `_` and `[` are "
			+ "literal), e.g. `newsletter`.")
	@interface QueryParameter {

	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	@Parameter(description = "Choices per page, " + JourneyLimits.PAGE_SIZE_RANGE + ".",
			example = JourneyLimits.PAGE_SIZE_DEFAULT)
	@interface PageSizeParameter {

	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	@Parameter(description = "`nextPageToken` of the previous page; absent for the first page.")
	@interface PageTokenParameter {

	}

}

package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.DataversePage;
import dev.journeyfacade.dataverse.ODataFilter;
import dev.journeyfacade.dataverse.ODataQuery;
import dev.journeyfacade.journey.JourneyLimits;
import dev.journeyfacade.journey.PickerPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The templates picker of real-time journeys: {@code /api/v1/realtime-journey-templates},
 * read from {@code msdynmkt_journeytemplates} (never their definitions), sorted by name
 * then id so that pages are stable. Deleted templates are not offered.
 */
@Tag(name = "Real-time journeys")
@RestController
@RequiredArgsConstructor
class TemplatePickerController {

	static final String PATH = "/api/v1/realtime-journey-templates";

	private final DataverseClient client;

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listRealtimeJourneyTemplates", summary = "List real-time journey templates",
			description = "Templates a real-time journey can be created from, sorted by name; `q` searches the name.")
	@ApiResponse(responseCode = "200", description = "A page of templates.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is invalid, or the page token was not issued by this service.")
	PickerPage<JourneyTemplateOption> listRealtimeJourneyTemplates(
			// No example: Swagger UI would prefill it in "Try it out" and filter the
			// list.
			@Parameter(description = "Only templates whose name contains this text (case-insensitive; `%`, `_` and "
					+ "`[` are literal), e.g. `welcome`.") @RequestParam(name = "q",
							required = false) @Size(max = JourneyLimits.QUERY_MAX) @Nullable String q,
			@Parameter(description = "Templates per page, " + JourneyLimits.PAGE_SIZE_RANGE + ".",
					example = JourneyLimits.PAGE_SIZE_DEFAULT) @RequestParam(name = "pageSize",
							defaultValue = JourneyLimits.PAGE_SIZE_DEFAULT) @Min(JourneyLimits.PAGE_SIZE_MIN) @Max(JourneyLimits.PAGE_SIZE_MAX) int pageSize,
			@Parameter(description = "`nextPageToken` of the previous page; absent for the first page.") @RequestParam(
					name = "pageToken",
					required = false) @Size(max = JourneyLimits.PAGE_TOKEN_MAX) @Nullable String pageToken) {
		DataversePage<RealtimeRows.Template> page = pageToken != null
				? client.nextPage(RealtimeRows.TEMPLATES, pageToken, pageSize, RealtimeRows.Template.class)
				: client.list(RealtimeRows.TEMPLATES, query(q), pageSize, RealtimeRows.Template.class);
		return new PickerPage<>(page.items()
			.stream()
			.map(row -> new JourneyTemplateOption(row.id(), row.name(), row.description()))
			.toList(), page.continuation());
	}

	static ODataQuery query(@Nullable String q) {
		ODataFilter offered = ODataFilter.in(RealtimeRows.Template.STATE, RealtimeCodes.TEMPLATE_STATES_OFFERED);
		ODataFilter filter = q == null || q.isBlank() ? offered
				: ODataFilter.and(offered, ODataFilter.contains(RealtimeRows.Template.NAME, q.strip()));
		return ODataQuery
			.select(RealtimeRows.Template.ID, RealtimeRows.Template.NAME, RealtimeRows.Template.DESCRIPTION)
			.withFilter(filter)
			.withOrderBy(RealtimeRows.Template.NAME, false)
			.withOrderBy(RealtimeRows.Template.ID, false);
	}

}

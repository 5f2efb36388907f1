package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A page, event, survey or form nested in an email tile (the email links to it). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Content nested in an email tile: the marketing page, event, survey or form the email links to.",
		example = "{\"type\":\"LANDING_PAGE\",\"recordId\":\"46dece00-464a-e911-a873-000d3a1fe344\","
				+ "\"name\":\"Demo page\"}")
public record EmailContent(
		@Schema(description = "Kind of nested content.", example = "LANDING_PAGE",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable EmailContentType type,
		@Schema(description = "The page, event, survey or form record (a GUID); null while none is chosen.",
				example = "46dece00-464a-e911-a873-000d3a1fe344") @Nullable String recordId,
		@Schema(description = "Title shown on the item.", example = "Demo page") @Nullable String name,
		@Schema(description = "True when the designer may replace the title with the record's name; a new item "
				+ "defaults to true.", example = "true") @Nullable Boolean nameSystemDefined,
		@Schema(description = "Description.", example = SchemaText.DESCRIPTION_EXAMPLE) @Nullable String description,
		@Schema(description = "ActivityItemId as stored, assigned by the facade; send back unchanged, leave out on a "
				+ "new item.", example = "51") @Nullable Integer activityItemId,
		@Schema(description = "Item properties the facade does not model, carried through unchanged.",
				example = "{}") Map<String, Object> unmodeled) {

	public EmailContent {
		unmodeled = Copies.map(unmodeled);
	}
}

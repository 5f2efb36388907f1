package dev.journeyfacade.journey.msdyncrm.picker;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The Dataverse rows behind the pickers, with their entity sets and columns. */
final class PickerRows {

	static final String SEGMENTS = Pickers.SEGMENT_SET;
	static final String EMAILS = Pickers.EMAIL_SET;
	static final String CONTENT_SETTINGS = Pickers.CONTENT_SETTINGS_SET;

	private PickerRows() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Segment(@JsonProperty(ID) @Nullable UUID id, @JsonProperty(NAME) @Nullable String name) {
		static final String ID = "msdyncrm_segmentid";
		static final String NAME = "msdyncrm_segmentname";

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Email(@JsonProperty(ID) @Nullable UUID id, @JsonProperty(NAME) @Nullable String name,
			@JsonProperty(SUBJECT) @Nullable String subject) {
		static final String ID = "msdyncrm_marketingemailid";
		static final String NAME = "msdyncrm_name";
		static final String SUBJECT = "msdyncrm_subject";

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ContentSettings(@JsonProperty(ID) @Nullable UUID id, @JsonProperty(NAME) @Nullable String name) {
		static final String ID = "msdyncrm_contentsettingsid";
		static final String NAME = "msdyncrm_name";

	}

}

package dev.dataverseemulator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.validation.ValidationResult.Finding;
import dev.dataverseemulator.validation.ValidationResult.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JourneyValidatorTest {

	private static final UUID SEGMENT = UUID.fromString("24db2671-1529-e911-a9b7-000d3a1e6adc");

	private static final UUID EMAIL = UUID.fromString("15bd0ab8-c12a-e911-a9b6-000d3a1e6c14");

	private static final UUID CONTENT_SETTINGS = UUID.fromString("1922b1d8-0523-e911-a9ba-000d3a1e689f");

	private static final UUID MISSING = UUID.fromString("00000000-0000-0000-0000-0000000000ff");

	private static final Instant START = Instant.parse("2019-02-08T11:48:00Z");

	private static final Instant END = Instant.parse("2019-03-08T11:48:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	private final JourneyValidator validator = new JourneyValidator(new References() {
		@Override
		public boolean segmentExists(UUID id) {
			return Set.of(SEGMENT, UUID.fromString("544a3e20-9b23-e911-a9b6-000d3a1e6c14")).contains(id);
		}

		@Override
		public boolean emailExists(UUID id) {
			return EMAIL.equals(id);
		}

		@Override
		public boolean contentSettingsExists(UUID id) {
			return CONTENT_SETTINGS.equals(id);
		}
	}, json);

	static String design(String segmentItemId, String emailItemId) {
		return "[{\"ActivityTypeId\":\"bpf_root\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[]}},"
				+ "{\"ActivityTypeId\":\"Segment\",\"ParentActivityId\":\"01\",\"ActivityId\":\"01_0\",\"Properties\":{\"Items\":["
				+ "{\"ItemId\":null,\"ActivityTypeId\":\"Segment\",\"SegmentMergeMethod\":\"Union\"}," + "{\"ItemId\":"
				+ quoted(segmentItemId) + ",\"ActivityTypeId\":\"SegmentItem\"}]}},"
				+ "{\"ActivityTypeId\":\"Email\",\"ParentActivityId\":\"01_0\",\"ActivityId\":\"01_0_2\",\"Properties\":{\"Items\":["
				+ "{\"ItemId\":" + quoted(emailItemId) + ",\"ActivityTypeId\":\"Email\"}]}}]";
	}

	private static String quoted(String s) {
		return s == null ? "null" : "\"" + s + "\"";
	}

	private static JourneyDraft valid() {
		return new JourneyDraft("Welcome", START, END, false, null, null, design(SEGMENT.toString(), EMAIL.toString()),
				CONTENT_SETTINGS, null);
	}

	private List<Finding> findings(JourneyDraft draft) {
		return validator.validate(draft).findings();
	}

	private static Finding error(String activityId, String fault, String... arguments) {
		return new Finding(activityId, fault, Severity.Error, List.of(arguments));
	}

	@Test
	void aCompleteJourneyIsValid() {
		ValidationResult result = validator.validate(valid());
		assertThat(result.result()).isEqualTo(Severity.Valid);
		assertThat(result.toJsonString(json)).isEqualTo("{\"ActivityValidationResults\":[],\"Result\":\"Valid\"}");
	}

	@Test
	void aMissingNameIsAnError() {
		JourneyDraft v = valid();
		assertThat(findings(new JourneyDraft(" ", v.start(), v.end(), false, null, null, v.workflowDefinition(),
				CONTENT_SETTINGS, null)))
			.containsExactly(error("", "ErrorNameMissing"));
	}

	@Test
	void anEndNotAfterTheStartIsAnError() {
		JourneyDraft v = valid();
		assertThat(findings(
				new JourneyDraft("x", END, START, false, null, null, v.workflowDefinition(), CONTENT_SETTINGS, null)))
			.containsExactly(error("", "ErrorEndDateBeforeStartDate"));
	}

	@Test
	void recurringIterationsThatDoNotFitBeforeTheEndAreAnError() {
		JourneyDraft v = valid();
		assertThat(findings(
				new JourneyDraft("x", START, END, true, 30, 3, v.workflowDefinition(), CONTENT_SETTINGS, null)))
			.containsExactly(error("", "ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations"));
		assertThat(
				findings(new JourneyDraft("x", START, END, true, 7, 4, v.workflowDefinition(), CONTENT_SETTINGS, null)))
			.isEmpty(); // 28 days fit exactly into 2019-02-08 .. 2019-03-08
	}

	@Test
	void aRecurringJourneyNeedsIntervalAndCount() {
		JourneyDraft v = valid();
		assertThat(
				findings(new JourneyDraft("x", START, END, true, 0, 3, v.workflowDefinition(), CONTENT_SETTINGS, null)))
			.containsExactly(error("", "ErrorRecurrenceSettingsMissing"));
	}

	@Test
	void aMissingWorkflowDefinitionIsAnError() {
		assertThat(findings(new JourneyDraft("x", null, null, null, null, null, null, CONTENT_SETTINGS, null)))
			.containsExactly(error("", "ErrorWorkflowDefinitionMissing"));
	}

	@Test
	void aWorkflowDefinitionThatIsNoArrayOfActivitiesIsInvalid() {
		for (String bad : List.of("{not json", "{\"ActivityTypeId\":\"Segment\"}", "[1,2]",
				"[{\"ActivityId\":\"01\"}]")) {
			assertThat(findings(new JourneyDraft("x", null, null, null, null, null, bad, CONTENT_SETTINGS, null)))
				.as(bad)
				.containsExactly(error("", "ErrorWorkflowDefinitionInvalid"));
		}
	}

	@Test
	void aDesignWithoutSegmentTileIsAnError() {
		String onlyEmail = "[{\"ActivityTypeId\":\"Email\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":["
				+ "{\"ItemId\":\"" + EMAIL + "\",\"ActivityTypeId\":\"Email\"}]}}]";
		assertThat(findings(new JourneyDraft("x", null, null, null, null, null, onlyEmail, CONTENT_SETTINGS, null)))
			.containsExactly(error("", "ErrorSegmentTileMissing"));
	}

	@Test
	void segmentTilesNeedAnExistingSegment() {
		assertThat(findings(new JourneyDraft("x", null, null, null, null, null, design(null, EMAIL.toString()),
				CONTENT_SETTINGS, null)))
			.containsExactly(error("01_0", "ErrorSegmentNotSelected"));
		assertThat(findings(new JourneyDraft("x", null, null, null, null, null,
				design(MISSING.toString(), EMAIL.toString()), CONTENT_SETTINGS, null)))
			.containsExactly(error("01_0", "ErrorSegmentNotFound", MISSING.toString()));
	}

	@Test
	void emailTilesNeedAnExistingEmail() {
		assertThat(findings(new JourneyDraft("x", null, null, null, null, null, design(SEGMENT.toString(), null),
				CONTENT_SETTINGS, null)))
			.containsExactly(error("01_0_2", "ErrorEmailNotSelected"));
		assertThat(findings(new JourneyDraft("x", null, null, null, null, null,
				design(SEGMENT.toString(), MISSING.toString()), CONTENT_SETTINGS, null)))
			.containsExactly(error("01_0_2", "ErrorEmailNotFound", MISSING.toString()));
	}

	@Test
	void missingContentSettingsIsOnlyAWarning() {
		JourneyDraft v = valid();
		ValidationResult result = validator
			.validate(new JourneyDraft("x", null, null, null, null, null, v.workflowDefinition(), null, null));
		assertThat(result.findings())
			.containsExactly(new Finding("", "WarningContentSettingsMissing", Severity.Warning, List.of()));
		assertThat(result.result()).isEqualTo(Severity.Warning);
	}

	@Test
	void referencesToMissingRecordsAreErrors() {
		JourneyDraft v = valid();
		assertThat(
				findings(new JourneyDraft("x", null, null, null, null, null, v.workflowDefinition(), MISSING, MISSING)))
			.containsExactly(error("", "ErrorContentSettingsNotFound", MISSING.toString()),
					error("", "ErrorSuppressionSegmentNotFound", MISSING.toString()));
	}

	@Test
	void unknownTileTypesPassThrough() {
		String custom = design(SEGMENT.toString(), EMAIL.toString()).replace("]}}]",
				"]}},{\"ActivityTypeId\":\"contoso_SmsTile\",\"ActivityId\":\"01_0_3\",\"Properties\":{\"Anything\":1}}]");
		assertThat(findings(new JourneyDraft("x", null, null, null, null, null, custom, CONTENT_SETTINGS, null)))
			.isEmpty();
	}

}

package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.journey.Journey;
import dev.journeyfacade.journey.msdyncrm.design.DesignCodec;
import dev.journeyfacade.journey.msdyncrm.design.JourneyDesign;
import dev.journeyfacade.journey.msdyncrm.design.UnknownTile;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper reads each distinct stored definition once and shares the tree, but only
 * ever for that exact text: a journey whose definition changed reads as its new
 * definition even under the same id and ETag.
 */
class JourneyMapperDesignReadTest {

	private static final UUID ID = UUID.fromString("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc");

	private static final String ETAG = "W/\"1001\"";

	private final JourneyMapper mapper = new JourneyMapper(JsonMapper.builder().build(), new DesignCodec());

	@Test
	void aChangedDefinitionReadsAsTheNewDefinitionUnderTheSameIdAndEtag() {
		Journey before = mapper.toJourney(row(definition("cust_smsmessage")));

		Journey after = mapper.toJourney(row(definition("cust_whatsappmessage")));

		assertThat(activityType(before)).isEqualTo("cust_smsmessage");
		assertThat(activityType(after)).isEqualTo("cust_whatsappmessage");
	}

	@Test
	void theSameDefinitionTextIsReadOnceAndItsTreeShared() {
		Journey first = mapper.toJourney(row(definition("cust_smsmessage")));

		Journey second = mapper.toJourney(row(new String(definition("cust_smsmessage").toCharArray())));

		assertThat(second.design()).isSameAs(first.design());
	}

	@Test
	void aDefinitionThatCannotBeReadKeepsItsProblemsAndItsRepairReadsAsATree() {
		Journey broken = mapper.toJourney(row("[{\"ActivityTypeId\":\"bpf_root\"}]"));
		Journey brokenAgain = mapper.toJourney(row("[{\"ActivityTypeId\":\"bpf_root\"}]"));

		Journey repaired = mapper.toJourney(row(definition("cust_smsmessage")));

		assertThat(broken.design()).isNull();
		assertThat(broken.designProblems()).isNotEmpty();
		assertThat(brokenAgain.designProblems()).isEqualTo(broken.designProblems());
		assertThat(repaired.design()).isNotNull();
		assertThat(repaired.designProblems()).isEmpty();
	}

	@Test
	void aJourneyWithoutADefinitionHasNoDesign() {
		assertThat(mapper.toJourney(row(null)).design()).isNull();
		assertThat(mapper.toJourney(row(" ")).designProblems()).isEmpty();
	}

	/** A root and one tile the facade does not model, of the given activity type. */
	private static String definition(String activityType) {
		return "[{\"ActivityTypeId\":\"bpf_root\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[]}},"
				+ "{\"ActivityTypeId\":\"" + activityType + "\",\"ParentActivityId\":\"01\",\"ParentBranchId\":0,"
				+ "\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01_9\",\"Properties\":{\"Items\":[]},"
				+ "\"EntityTarget\":\"contact\"}]";
	}

	private static String activityType(Journey journey) {
		return (String) ((UnknownTile) ((JourneyDesign) journey.design()).tiles().get(0)).activity()
			.get("ActivityTypeId");
	}

	private static JourneyMapper.Row row(String workflowDefinition) {
		OffsetDateTime modified = OffsetDateTime.parse("2026-11-02T10:15:00Z");
		return new JourneyMapper.Row(ID, "Spring newsletter", 192350000, 192350000, 0, null, null, null, false, null,
				null, null, null, null, null, workflowDefinition, "{\"NextActivityID\":10,\"NextActivityItemID\":1}",
				modified, modified, null, null, null, null, null, null, null, null, ETAG);
	}

}

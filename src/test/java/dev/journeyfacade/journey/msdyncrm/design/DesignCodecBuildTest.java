package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.design;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.email;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.segmentGroup;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.golden;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.normaliseIds;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.testsupport.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A design sent as a tree becomes the workflow definition and designer state the journey
 * designer writes.
 */
class DesignCodecBuildTest {

	private static final String SEGMENT = "24db2671-1529-e911-a9b7-000d3a1e6adc";

	private static final String SEGMENT_NAME = "TC407937_DynamicSegment_2KZQ1p";

	private static final String EMAIL = "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14";

	private final DesignCodec codec = new DesignCodec();

	private static JourneyDesign seedJourney() {
		return design(segmentGroup(SegmentMergeMethod.UNION,
				List.of(SegmentItem.include(SEGMENT, SEGMENT_NAME, SEGMENT_NAME)), email(EMAIL, "Relationship test")));
	}

	@Test
	void seedJourneyBuiltAsATreeGivesTheSeedDefinitionUpToTheIdsChosen() {
		WorkflowDefinition written = codec.encode(seedJourney(), EntityTarget.CONTACT);

		assertThat(normaliseIds(written.definition())).isEqualTo(normaliseIds(Seeds.createDefinition()));
	}

	@Test
	void newDesignGetsIdsInTheDesignersPatternAndAStateAheadOfThem() {
		WorkflowDefinition written = codec.encode(seedJourney(), EntityTarget.CONTACT);

		JsonNode activities = tree(written.definition());
		assertThat(activities).extracting(a -> a.get("ActivityId").stringValue())
			.containsExactly("01", "01_0", "01_0_1");
		assertThat(activities).extracting(a -> a.path("ParentActivityId").asString(null))
			.containsExactly(null, "01", "01_0");
		assertThat(itemIds(activities)).containsExactly(0, 1, 2, 3);
		assertThat(written.designerState()).isEqualTo("{\"NextActivityID\":2,\"NextActivityItemID\":4}");
		assertStateAheadOfIds(written);
	}

	@Test
	void accountJourneyTilesTargetAccounts() {
		WorkflowDefinition written = codec.encode(seedJourney(), EntityTarget.ACCOUNT);

		assertThat(tree(written.definition()).get(2).get("EntityTarget").stringValue()).isEqualTo("account");
	}

	@Test
	void tileAddedToAStoredDesignGetsFreshIdsAboveThePreviousState() {
		JourneyDesign stored = codec.decode(Seeds.createDefinition());
		SegmentGroupTile group = (SegmentGroupTile) stored.tiles().get(0);
		EmailTile email = (EmailTile) group.next().get(0);
		EmailTile followUp = email("5f1e7a3c-c12a-e911-a9b6-000d3a1e6c14", "Follow-up");
		JourneyDesign edited = new JourneyDesign(stored.root(),
				List.of(withNext(group,
						List.of(new EmailTile(email.stored(), email.name(), email.nameSystemDefined(),
								email.description(), email.emailId(), email.content(), email.unmodeled(),
								List.of(followUp))))));

		WorkflowDefinition written = codec.encode(edited, EntityTarget.CONTACT, Seeds.createDesignerState());

		JsonNode activities = tree(written.definition());
		JsonNode seed = tree(Seeds.createDefinition());
		assertThat(activities.get(0)).isEqualTo(seed.get(0));
		assertThat(activities.get(1)).isEqualTo(seed.get(1));
		assertThat(activities.get(2)).isEqualTo(seed.get(2));
		assertThat(activities.get(3).get("ActivityId").stringValue()).isEqualTo("01_0_2_8");
		assertThat(activities.get(3).get("ParentActivityId").stringValue()).isEqualTo("01_0_2");
		assertThat(activities.get(3).at("/Properties/Items/0/ActivityItemId").intValue()).isEqualTo(42);
		assertThat(written.designerState()).isEqualTo("{\"NextActivityID\":9,\"NextActivityItemID\":43}");
	}

	@Test
	void countersNeverGoBackwardsBehindThePreviousState() {
		WorkflowDefinition written = codec.encode(seedJourney(), EntityTarget.CONTACT,
				"{\"NextActivityID\":100,\"NextActivityItemID\":500}");

		JsonNode activities = tree(written.definition());
		assertThat(activities.get(2).get("ActivityId").stringValue()).isEqualTo("01_100_101");
		assertThat(itemIds(activities)).containsExactly(500, 501, 502, 503);
		assertThat(written.designerState()).isEqualTo("{\"NextActivityID\":102,\"NextActivityItemID\":504}");
	}

	@Test
	void copyOfAStoredDesignKeepsItsIdsAndState() {
		String definition = Seeds.validateDefinition();
		String state = "{\"NextActivityID\":9,\"NextActivityItemID\":70}";

		WorkflowDefinition copy = codec.encode(codec.decode(definition), EntityTarget.CONTACT, state);

		assertThat(copy.definition()).isEqualTo(definition);
		assertThat(copy.designerState()).isEqualTo(state);
	}

	@Test
	void triggerBranchesAreWrittenYesFirstWithTheirRelationship() {
		TriggerTile trigger = new TriggerTile(null, "Opened?", null, null, null, List.of(email(EMAIL, "Thanks")),
				List.of(email(EMAIL, "Reminder")));
		JourneyDesign design = design(segmentGroup(SegmentMergeMethod.UNION,
				List.of(SegmentItem.include(SEGMENT, SEGMENT_NAME, SEGMENT_NAME)), trigger));

		JsonNode activities = tree(codec.encode(design, EntityTarget.CONTACT).definition());

		assertThat(activities.get(3).get("ParentRelationshipType").stringValue()).isEqualTo("yesBranch");
		assertThat(activities.get(3).get("ParentBranchId").intValue()).isZero();
		assertThat(activities.get(4).get("ParentRelationshipType").stringValue()).isEqualTo("noBranch");
		assertThat(activities.get(4).get("ParentBranchId").intValue()).isEqualTo(1);
		assertThat(activities.get(4).get("ParentActivityId")).isEqualTo(activities.get(2).get("ActivityId"));
	}

	@Test
	void movedTileKeepsItsIdAndGetsItsPlacementRecomputed() {
		JourneyDesign stored = codec.decode(golden("every-tile-definition.json"));
		SegmentGroupTile group = (SegmentGroupTile) stored.tiles().get(0);
		SchedulerTile parallelWait = (SchedulerTile) group.next().get(1);
		EmailTile email = (EmailTile) group.next().get(0);
		// the parallel wait moves below the email, after the trigger
		EmailTile emailWithWait = new EmailTile(email.stored(), email.name(), email.nameSystemDefined(),
				email.description(), email.emailId(), email.content(), email.unmodeled(),
				List.of(email.next().get(0), parallelWait));
		JourneyDesign edited = new JourneyDesign(stored.root(), List.of(withNext(group, List.of(emailWithWait))));

		JsonNode written = activity(tree(codec.encode(edited, EntityTarget.CONTACT).definition()), "01_0_19");

		assertThat(written.get("ParentActivityId").stringValue()).isEqualTo("01_0_2");
		assertThat(written.get("ParentBranchId").intValue()).isEqualTo(1);
		assertThat(written.at("/Properties/Items/0/ActivityItemId").intValue()).isEqualTo(56);
	}

	@Test
	void storedSpellingOfTheRelationshipIsKeptWhileTheTileStaysPut() {
		String stored = golden("every-tile-definition.json").replace("\"yesBranch\"", "\"YesBranch\"");

		String written = codec.encode(codec.decode(stored), EntityTarget.CONTACT).definition();

		assertThat(activity(tree(written), "01_0_2_3_4").get("ParentRelationshipType").stringValue())
			.isEqualTo("YesBranch");
	}

	@Test
	void theCodecLeavesTheChecksToTheDesignRulesSoADesignIsCheckedOnce() {
		// the store's checkDesign (DesignRules) runs on every body before a write; the
		// codec does not check the design a second time on the way to Dataverse
		noClasses().that()
			.belongToAnyOf(DesignCodec.class, DesignWriter.class)
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(DesignValidator.class)
			.check(new ClassFileImporter().importPackagesOf(DesignCodec.class));
	}

	private static SegmentGroupTile withNext(SegmentGroupTile group, List<Tile> next) {
		return new SegmentGroupTile(group.stored(), group.name(), group.nameSystemDefined(), group.description(),
				group.mergeMethod(), group.segments(), group.unmodeled(), next);
	}

	private static List<Integer> itemIds(JsonNode activities) {
		List<Integer> ids = new ArrayList<>();
		activities
			.forEach(a -> a.get("Properties").get("Items").forEach(i -> ids.add(i.get("ActivityItemId").intValue())));
		return ids;
	}

	private static JsonNode activity(JsonNode activities, String id) {
		for (JsonNode a : activities) {
			if (id.equals(a.get("ActivityId").stringValue())) {
				return a;
			}
		}
		throw new AssertionError("no activity " + id);
	}

	/**
	 * The designer state's counters are above every ActivityId suffix and every
	 * ActivityItemId written.
	 */
	static void assertStateAheadOfIds(WorkflowDefinition written) {
		JsonNode state = tree(written.designerState());
		JsonNode activities = tree(written.definition());
		for (JsonNode a : activities) {
			String id = a.get("ActivityId").stringValue();
			if (id.contains("_")) {
				assertThat(Integer.parseInt(id.substring(id.lastIndexOf('_') + 1)))
					.isLessThan(state.get("NextActivityID").intValue());
			}
		}
		assertThat(itemIds(activities))
			.allSatisfy(i -> assertThat(i).isLessThan(state.get("NextActivityItemID").intValue()));
	}

}

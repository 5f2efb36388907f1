package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.design;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.email;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.segmentGroup;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeyfacade.journey.DesignViolation;
import dev.testsupport.Seeds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each rule a design must meet before Dataverse sees it names the offending tile and the
 * reason.
 */
class DesignValidatorTest {

	private static final String SEGMENT = "24db2671-1529-e911-a9b7-000d3a1e6adc";

	private static final String EMAIL = "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14";

	private static final String ROOT = "{\"ActivityTypeId\":\"bpf_root\",\"ParentBranchId\":0,"
			+ "\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[]}}";

	private final DesignValidator validator = new DesignValidator();

	private final DesignCodec codec = new DesignCodec();

	private static SegmentGroupTile group(Tile... next) {
		return segmentGroup(SegmentMergeMethod.UNION, List.of(SegmentItem.include(SEGMENT, "S", "S")), next);
	}

	private static String activity(String type, String id, String parent) {
		return "{\"ActivityTypeId\":\"" + type + "\",\"ParentActivityId\":\"" + parent + "\",\"ParentBranchId\":0,"
				+ "\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"" + id + "\",\"Properties\":{\"Items\":[]}}";
	}

	@Test
	void validDesignHasNoViolations() {
		assertThat(validator.check(codec.decode(golden("every-tile-definition.json")))).isEmpty();
		assertThat(validator.check(design(group(email(EMAIL, "Hello"))))).isEmpty();
	}

	@Test
	void definitionWithASecondRootIsRejected() {
		String definition = "[" + ROOT + ","
				+ activity("Segment", "01_0", "01").replace("\"ParentActivityId\":\"01\",", "") + "]";

		assertThat(validator.checkDefinition(definition)).containsExactly(new DesignViolation("01_0",
				"a second root: only the bpf_root activity (01) may have no ParentActivityId"));
	}

	@Test
	void definitionWithoutRootIsRejected() {
		String definition = "[" + activity("Segment", "01_0", "01_1") + "," + activity("Email", "01_1", "01_0") + "]";

		assertThat(validator.checkDefinition(definition)).contains(new DesignViolation("",
				"the definition has no root: exactly one activity, the bpf_root, must have no ParentActivityId"));
	}

	@Test
	void activityWhoseParentDoesNotExistIsRejected() {
		String definition = "[" + ROOT + "," + activity("Segment", "01_0", "01") + ","
				+ activity("Email", "01_0_2", "01_0_1") + "]";

		assertThat(validator.checkDefinition(definition))
			.containsExactly(new DesignViolation("01_0_2", "parent activity 01_0_1 does not exist"));
	}

	@Test
	void parentLinksFormingACycleAreRejected() {
		String definition = "[" + ROOT + "," + activity("Segment", "01_0", "01") + ","
				+ activity("Email", "01_0_2", "01_0_3") + "," + activity("Email", "01_0_3", "01_0_2") + "]";

		assertThat(validator.checkDefinition(definition)).containsExactly(
				new DesignViolation("01_0_2", "the parent links form a cycle: 01_0_2 → 01_0_3 → 01_0_2"),
				new DesignViolation("01_0_3", "the parent links form a cycle: 01_0_2 → 01_0_3 → 01_0_2"));
	}

	@Test
	void definitionThatIsNotAJsonArrayIsRejected() {
		assertThat(validator.checkDefinition("{\"ActivityId\":\"01\"}"))
			.containsExactly(new DesignViolation("", "the workflow definition must be a JSON array of activities"));
	}

	@Test
	void missingOrBlankDefinitionIsRejected() {
		DesignViolation notAnArray = new DesignViolation("",
				"the workflow definition must be a JSON array of activities");

		assertThat(validator.checkDefinition(null)).containsExactly(notAnArray);
		assertThat(validator.checkDefinition(" ")).containsExactly(notAnArray);
	}

	@Test
	void decodingAMalformedDefinitionFailsWithItsViolations() {
		String definition = "[" + ROOT + "," + activity("Email", "01_0_2", "01_0_1") + "]";

		assertThatThrownBy(() -> codec.decode(definition)).isInstanceOfSatisfying(InvalidDesignException.class,
				e -> assertThat(e.violations())
					.containsExactly(new DesignViolation("01_0_2", "parent activity 01_0_1 does not exist")));
	}

	@Test
	void designNotStartingWithASegmentGroupIsRejected() {
		JourneyDesign design = design(group(), email(EMAIL, "Hello"));

		assertThat(validator.check(design)).containsExactly(
				new DesignViolation("tiles[1]", "a journey starts with a segment group, not a tile of type EMAIL"));
	}

	@Test
	void emptyDesignIsRejected() {
		assertThat(validator.check(design())).containsExactly(
				new DesignViolation("tiles", "a journey starts with a segment group, but the design has no tiles"));
	}

	@Test
	void segmentIdThatIsNotAGuidIsRejected() {
		JourneyDesign design = design(segmentGroup(SegmentMergeMethod.UNION,
				List.of(SegmentItem.include(SEGMENT, "A", "A"), SegmentItem.exclude("segment-7", "B", "B"))));

		assertThat(validator.check(design))
			.containsExactly(new DesignViolation("tiles[0].segments[1]", "the segment id \"segment-7\" is not a GUID"));
	}

	@Test
	void emailIdThatIsNotAGuidIsRejected() {
		JourneyDesign design = design(group(email("15bd0ab8", "Hello")));

		assertThat(validator.check(design)).containsExactly(new DesignViolation("tiles[0].next[0]",
				"a tile of type EMAIL refers to \"15bd0ab8\", which is not a GUID"));
	}

	@Test
	void triggerWithoutItsBranchesIsRejected() {
		TriggerTile trigger = new TriggerTile(null, "Opened?", null, null, null, List.of(), List.of());
		JourneyDesign design = design(group(email(EMAIL, "Hello", trigger)));

		assertThat(validator.check(design)).containsExactly(
				new DesignViolation("tiles[0].next[0].next[0]",
						"a trigger needs its yes branch: add at least one tile to `yes`"),
				new DesignViolation("tiles[0].next[0].next[0]",
						"a trigger needs its no branch: add at least one tile to `no`"));
	}

	@Test
	void splitterWithOneBranchIsRejected() {
		SplitterTile splitter = new SplitterTile(null, null, null, null, null,
				List.of(new SplitterBranchTile(null, null, null, null, null, List.of(email(EMAIL, "A")))));

		assertThat(validator.check(design(group(splitter)))).containsExactly(
				new DesignViolation("tiles[0].next[0]", "a splitter needs at least two branches, it has 1"));
	}

	@Test
	void splitterBranchOutsideASplitterIsRejected() {
		SplitterBranchTile branch = new SplitterBranchTile(null, null, null, null, null, List.of());

		assertThat(validator.check(design(group(branch)))).containsExactly(
				new DesignViolation("tiles[0].next[0]", "a splitter branch belongs in a splitter's `branches`"));
	}

	@Test
	void duplicateActivityIdsInADefinitionAreRejected() {
		String definition = "[" + ROOT + "," + activity("Segment", "01_0", "01") + "," + activity("Email", "01_0", "01")
				+ "]";

		assertThat(validator.checkDefinition(definition)).containsExactly(
				new DesignViolation("01_0", "ActivityId 01_0 is used by more than one activity; ids must be unique"));
	}

	@Test
	void storedIdsSentTwiceInADesignAreRejected() {
		JourneyDesign stored = codec.decode(Seeds.createDefinition());
		SegmentGroupTile group = (SegmentGroupTile) stored.tiles().get(0);
		Tile email = group.next().get(0);
		JourneyDesign twice = new JourneyDesign(stored.root(),
				List.of(new SegmentGroupTile(group.stored(), group.name(), group.nameSystemDefined(),
						group.description(), group.mergeMethod(), group.segments(), group.unmodeled(),
						List.of(email, email))));

		assertThat(validator.check(twice)).containsExactly(
				new DesignViolation("tiles[0].next[1]",
						"ActivityId 01_0_2 is already used by tiles[0].next[0]; "
								+ "send stored ids back unchanged and only once"),
				new DesignViolation("tiles[0].next[1]", "ActivityItemId 32 is already used by tiles[0].next[0]; "
						+ "send stored ids back unchanged and only once"));
	}

	@Test
	void unmodeledPropertiesMustNotRepeatAModelledOne() {
		EmailTile email = new EmailTile(null, "Hello", null, null, EMAIL, null, Map.of("Name", "Other"), null);

		assertThat(validator.check(design(group(email)))).containsExactly(new DesignViolation("tiles[0].next[0]",
				"`unmodeled` must not hold Name: the facade writes it from the tile's own fields"));
	}

	@Test
	void unknownTileWithoutATypeIsRejected() {
		UnknownTile unknown = new UnknownTile(Map.of("Properties", Map.of("Items", List.of())), null);

		assertThat(validator.check(design(group(unknown)))).containsExactly(
				new DesignViolation("tiles[0].next[0]", "an UNKNOWN tile's activity needs its ActivityTypeId"));
	}

}

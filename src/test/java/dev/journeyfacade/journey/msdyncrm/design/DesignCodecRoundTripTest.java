package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.golden;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testsupport.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Decoding a stored workflow definition and encoding it again gives back what Dataverse
 * stored.
 */
class DesignCodecRoundTripTest {

	private final DesignCodec codec = new DesignCodec();

	@Test
	void seedCreateDefinitionEncodesBackToTheSameJson() {
		String stored = Seeds.createDefinition();

		WorkflowDefinition written = codec.encode(codec.decode(stored), EntityTarget.CONTACT);

		assertThat(tree(written.definition())).isEqualTo(tree(stored));
	}

	@Test
	void seedValidateDefinitionEncodesBackToTheSameJson() {
		String stored = Seeds.validateDefinition();

		WorkflowDefinition written = codec.encode(codec.decode(stored), EntityTarget.CONTACT);

		assertThat(tree(written.definition())).isEqualTo(tree(stored));
	}

	@Test
	void seedCreateDefinitionAndDesignerStateEncodeBackByteForByte() {
		String stored = Seeds.createDefinition();
		String state = Seeds.createDesignerState();

		WorkflowDefinition written = codec.encode(codec.decode(stored), EntityTarget.CONTACT, state);

		assertThat(written.definition()).isEqualTo(stored);
		assertThat(written.designerState()).isEqualTo("{\"NextActivityID\":8,\"NextActivityItemID\":42}");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aDecodedDesignCannotBeChangedInAnyPart() {
		// A decoded design is shared by every request that reads the same definition: no
		// caller may change it.
		JourneyDesign design = codec.decode("[{\"ActivityTypeId\":\"bpf_root\",\"ActivityId\":\"01\",\"Properties\":"
				+ "{\"Items\":[{\"x\":[1]}]}},{\"ActivityTypeId\":\"cust_smsmessage\",\"ParentActivityId\":\"01\","
				+ "\"ParentBranchId\":0,\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01_9\",\"Properties\":"
				+ "{\"Items\":[{\"Body\":{\"Text\":\"hi\"}}]},\"EntityTarget\":\"contact\"}]");

		Map<String, Object> rootProperties = (Map<String, Object>) design.root().get("Properties");
		List<Object> rootItems = (List<Object>) rootProperties.get("Items");
		Map<String, Object> activity = ((UnknownTile) design.tiles().get(0)).activity();
		Map<String, Object> sms = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) activity
			.get("Properties")).get("Items")).get(0);

		assertThatThrownBy(() -> rootProperties.put("Items", List.of()))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> rootItems.add(1)).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> ((List<Object>) ((Map<String, Object>) rootItems.get(0)).get("x")).add(2))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> ((Map<String, Object>) sms.get("Body")).put("Text", "changed"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void seedCreateDefinitionDecodesIntoSegmentGroupAndEmail() {
		JourneyDesign design = codec.decode(Seeds.createDefinition());

		SegmentGroupTile group = (SegmentGroupTile) design.tiles().get(0);
		assertThat(design.tiles()).hasSize(1);
		assertThat(group.mergeMethod()).isEqualTo(SegmentMergeMethod.UNION);
		assertThat(group.stored()).isEqualTo(new StoredIds("01_0", 23, "01", 0, "Default"));
		assertThat(group.segments()).singleElement().satisfies(segment -> {
			assertThat(segment.segmentId()).isEqualTo("24db2671-1529-e911-a9b7-000d3a1e6adc");
			assertThat(segment.containment()).isEqualTo(SegmentContainment.INCLUDE);
			assertThat(segment.dciSegmentName()).isEqualTo("TC407937_DynamicSegment_2KZQ1p");
			assertThat(segment.activityItemId()).isEqualTo(24);
		});
		EmailTile email = (EmailTile) group.next().get(0);
		assertThat(email.emailId()).isEqualTo("15bd0ab8-c12a-e911-a9b6-000d3a1e6c14");
		assertThat(email.name()).isEqualTo("Relationship test");
		assertThat(email.stored()).isEqualTo(new StoredIds("01_0_2", 32, "01_0", 0, "Default"));
		assertThat(design.root()).containsEntry("ActivityId", "01");
	}

	@Test
	void definitionWithEveryTileKindEncodesBackToTheSameJson() {
		String stored = golden("every-tile-definition.json");

		WorkflowDefinition written = codec.encode(codec.decode(stored), EntityTarget.CONTACT);

		assertThat(tree(written.definition())).isEqualTo(tree(stored));
	}

	@Test
	void everyModelledTileKindDecodesIntoItsOwnRecord() {
		JourneyDesign design = codec.decode(golden("every-tile-definition.json"));

		List<Tile> tiles = new ArrayList<>();
		Tiles.walk(design, (path, tile, field) -> tiles.add(tile));

		Set<Class<?>> kinds = tiles.stream().map(Object::getClass).collect(Collectors.toSet());
		assertThat(kinds).containsExactlyInAnyOrder(SegmentGroupTile.class, EmailTile.class, LandingPageTile.class,
				EventTile.class, SurveyTile.class, MarketingFormTile.class, LinkedInCampaignTile.class,
				CreateActivityTile.class, LaunchWorkflowTile.class, CreateLeadTile.class, RecordUpdateTile.class,
				SchedulerTile.class, TriggerTile.class, SplitterTile.class, SplitterBranchTile.class,
				UnknownTile.class);
		assertThat(tiles).filteredOn(UnknownTile.class::isInstance)
			.singleElement()
			.satisfies(t -> assertThat(Tiles.wireType(t)).isEqualTo("msdyncrm_customchannel_sms"));
	}

	@Test
	void nestedEmailContentAndUnmodelledPropertiesAreRead() {
		JourneyDesign design = codec.decode(golden("every-tile-definition.json"));
		SegmentGroupTile group = (SegmentGroupTile) design.tiles().get(0);
		EmailTile email = (EmailTile) group.next().get(0);
		TriggerTile trigger = (TriggerTile) email.next().get(0);

		assertThat(group.mergeMethod()).isEqualTo(SegmentMergeMethod.INTERSECT);
		assertThat(group.unmodeled()).containsEntry("ContainmentMethod", "Inclusion");
		assertThat(group.segments().get(1).containment()).isEqualTo(SegmentContainment.EXCLUDE);
		assertThat(group.segments().get(1).unmodeled()).containsEntry("SegmentSize", 1200);
		assertThat(email.content()).extracting(EmailContent::type)
			.containsExactly(EmailContentType.LANDING_PAGE, EmailContentType.EVENT, EmailContentType.SURVEY,
					EmailContentType.MARKETING_FORM);
		assertThat(trigger.unmodeled()).containsEntry("RuleLogic", "AND").containsKey("ConditionExpressions");
		assertThat(trigger.yes()).singleElement().isInstanceOf(CreateActivityTile.class);
		assertThat(trigger.no()).singleElement().isInstanceOf(SplitterTile.class);
	}

	@Test
	void unknownTileKeepsItsActivityWhole() {
		String stored = golden("every-tile-definition.json");
		JsonNode custom = activity(tree(stored), "msdyncrm_customchannel_sms");

		JourneyDesign design = codec.decode(stored);
		JsonNode written = activity(tree(codec.encode(design, EntityTarget.CONTACT).definition()),
				"msdyncrm_customchannel_sms");

		assertThat(written).isEqualTo(custom);
		assertThat(written.get("ChannelDefinitionId")).isNotNull();
		assertThat(written.at("/Properties/Items/0/Throttle/PerHour").intValue()).isEqualTo(100);
	}

	@Test
	void tileInAShapeTheFacadeCannotReproduceIsKeptWholeAndSurvives() {
		// "Description": null would come back absent from the email record, so the tile
		// is kept as read
		String stored = Seeds.createDefinition()
			.replace("\"Name\":\"Relationship test\",\"ActivityItemId\":32}",
					"\"Name\":\"Relationship test\",\"ActivityItemId\":32,\"Description\":null}");

		JourneyDesign design = codec.decode(stored);

		Tile email = ((SegmentGroupTile) design.tiles().get(0)).next().get(0);
		assertThat(email).isInstanceOf(UnknownTile.class);
		assertThat(codec.encode(design, EntityTarget.CONTACT).definition()).isEqualTo(stored);
	}

	@Test
	void triggerWithAnEmptyPlaceholderBranchKeepsBothBranchesAsStored() {
		// a trigger whose no branch is still empty: the designer's placeholder,
		// capitalised spellings
		String stored = golden("trigger-with-empty-branch-definition.json");

		JourneyDesign design = codec.decode(stored);

		TriggerTile decoded = (TriggerTile) ((EmailTile) ((SegmentGroupTile) design.tiles().get(0)).next().get(0))
			.next()
			.get(0);
		assertThat(decoded.yes()).singleElement().isInstanceOf(SchedulerTile.class);
		assertThat(decoded.no()).singleElement().isInstanceOf(UnknownTile.class);
		assertThat(new DesignValidator().check(design)).isEmpty();
		assertThat(codec.encode(design, EntityTarget.CONTACT).definition()).isEqualTo(stored);
	}

	@Test
	void tileWhoseChildLacksItsRelationshipIsKeptWholeAndSurvives() {
		String seed = Seeds.createDefinition();
		String custom = "{\"ActivityTypeId\":\"custom_sms\",\"ParentActivityId\":\"01_0_2\","
				+ "\"ActivityId\":\"01_0_2_5\",\"Properties\":{\"Items\":[]}}";
		String stored = seed.substring(0, seed.length() - 1) + "," + custom + "]";

		JourneyDesign design = codec.decode(stored);

		assertThat(((SegmentGroupTile) design.tiles().get(0)).next().get(0)).isInstanceOf(UnknownTile.class);
		assertThat(codec.encode(design, EntityTarget.CONTACT).definition()).isEqualTo(stored);
	}

	@Test
	void activitiesListedChildrenFirstComeBackParentsFirstWithTheSameContent() {
		List<JsonNode> stored = new ArrayList<>();
		tree(Seeds.createDefinition()).forEach(stored::add);
		String reversed = DesignTestSupport.JSON
			.writeValueAsString(List.of(stored.get(2), stored.get(1), stored.get(0)));

		String written = codec.encode(codec.decode(reversed), EntityTarget.CONTACT).definition();

		assertThat(written).isEqualTo(Seeds.createDefinition());
	}

	@Test
	void previousDesignerStateAheadOfTheIdsIsKept() {
		String state = "{\"NextActivityID\":8,\"NextActivityItemID\":42,\"ZoomLevel\":1.5}";

		WorkflowDefinition written = codec.encode(codec.decode(Seeds.createDefinition()), EntityTarget.CONTACT, state);

		assertThat(written.designerState()).isEqualTo(state);
	}

	@Test
	void designerStateBehindTheIdsMovesAheadOfThem() {
		WorkflowDefinition written = codec.encode(codec.decode(Seeds.validateDefinition()), EntityTarget.CONTACT,
				"{\"NextActivityID\":1,\"NextActivityItemID\":2}");

		// 01_0_3 uses counter 3, ActivityItemId 61 is the highest item id
		assertThat(written.designerState()).isEqualTo("{\"NextActivityID\":4,\"NextActivityItemID\":62}");
	}

	private static JsonNode activity(JsonNode definition, String type) {
		for (JsonNode activity : definition) {
			if (type.equals(activity.get("ActivityTypeId").stringValue())) {
				return activity;
			}
		}
		throw new AssertionError("no " + type + " activity");
	}

}

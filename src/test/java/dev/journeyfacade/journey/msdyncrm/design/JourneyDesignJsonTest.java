package dev.journeyfacade.journey.msdyncrm.design;

import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.JSON;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.golden;
import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.normaliseIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testsupport.Seeds;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The design tree as the API sends and receives it: JSON with a `type` discriminator, and
 * its OpenAPI schema.
 */
class JourneyDesignJsonTest {

	private static final List<Class<?>> API_RECORDS = List.of(JourneyDesign.class, StoredIds.class, SegmentItem.class,
			EmailContent.class, SegmentGroupTile.class, EmailTile.class, LandingPageTile.class, EventTile.class,
			SurveyTile.class, MarketingFormTile.class, LinkedInCampaignTile.class, CreateActivityTile.class,
			LaunchWorkflowTile.class, CreateLeadTile.class, RecordUpdateTile.class, SchedulerTile.class,
			TriggerTile.class, SplitterTile.class, SplitterBranchTile.class, UnknownTile.class);

	private final DesignCodec codec = new DesignCodec();

	@Test
	void designRoundTripsThroughApiJson() {
		JourneyDesign design = codec.decode(golden("every-tile-definition.json"));

		JourneyDesign back = JSON.readValue(JSON.writeValueAsString(design), JourneyDesign.class);

		assertThat(back).isEqualTo(design);
	}

	@Test
	void tilesCarryTheirTypeAndLeaveEmptyPartsOut() {
		JsonNode json = JSON.valueToTree(codec.decode(Seeds.createDefinition()));

		JsonNode group = json.get("tiles").get(0);
		assertThat(group.get("type").stringValue()).isEqualTo("SEGMENT_GROUP");
		assertThat(group.get("mergeMethod").stringValue()).isEqualTo("UNION");
		assertThat(group.get("segments").get(0).get("containment").stringValue()).isEqualTo("INCLUDE");
		assertThat(group.has("unmodeled")).isFalse();
		JsonNode email = group.get("next").get(0);
		assertThat(email.get("type").stringValue()).isEqualTo("EMAIL");
		assertThat(email.has("next")).isFalse();
		assertThat(email.has("description")).isFalse();
		assertThat(email.get("stored").get("activityId").stringValue()).isEqualTo("01_0_2");
	}

	@Test
	void documentedExampleIsTheSeedJourney() {
		String example = JourneyDesign.class.getAnnotation(Schema.class).example();

		JourneyDesign design = JSON.readValue(example, JourneyDesign.class);

		assertThat(normaliseIds(codec.encode(design, EntityTarget.CONTACT).definition()))
			.isEqualTo(normaliseIds(Seeds.createDefinition()));
	}

	@Test
	void everyRecordComponentIsDescribedForOpenApi() {
		for (Class<?> type : API_RECORDS) {
			assertThat(type.getAnnotation(Schema.class)).as(type.getSimpleName()).isNotNull();
			for (RecordComponent component : type.getRecordComponents()) {
				Schema schema = component.getAccessor().getAnnotation(Schema.class);
				assertThat(schema).as(type.getSimpleName() + "." + component.getName()).isNotNull();
				assertThat(schema.description()).as(type.getSimpleName() + "." + component.getName()).isNotBlank();
			}
		}
	}

	@Test
	void apiEnumsAreNamedSchemas() {
		for (Class<?> type : List.of(SegmentMergeMethod.class, SegmentContainment.class, EmailContentType.class)) {
			assertThat(type.getAnnotation(Schema.class).enumAsRef()).as(type.getSimpleName()).isTrue();
		}
	}

	@Test
	void openApiSchemaHasEveryTileWithItsDescriptionAndNamedEnums() {
		DesignConfiguration.documentTileKinds(); // as the application does before
													// springdoc reads a schema
		Map<String, io.swagger.v3.oas.models.media.Schema> schemas = ModelConverters.getInstance(true)
			.readAll(new AnnotatedType(JourneyDesign.class));
		new DesignApiDocs().customise(new OpenAPI().components(new Components().schemas(schemas)));

		assertThat(schemas).containsKeys("JourneyDesign", "Tile", "SegmentGroupTile", "EmailTile", "TriggerTile",
				"UnknownTile", "SegmentItem", "SegmentMergeMethod", "SegmentContainment", "EmailContentType");
		assertThat(schemas.get("SegmentMergeMethod").getEnum()).containsExactly("UNION", "INTERSECT");
		io.swagger.v3.oas.models.media.Schema<?> tile = schemas.get("Tile");
		assertThat(tile.getDiscriminator().getPropertyName()).isEqualTo("type");
		assertThat(tile.getDiscriminator().getMapping()).hasSize(16)
			.containsEntry("EMAIL", "#/components/schemas/EmailTile");
		assertThat(tile.getRequired()).containsExactly("type");
		List<io.swagger.v3.oas.models.media.Schema> email = schemas.get("EmailTile").getAllOf();
		assertThat(email.get(0).get$ref()).isEqualTo("#/components/schemas/Tile");
		io.swagger.v3.oas.models.media.Schema<?> emailId = (io.swagger.v3.oas.models.media.Schema<?>) email.get(1)
			.getProperties()
			.get("emailId");
		assertThat(emailId.getDescription()).contains("marketing email");
	}

}

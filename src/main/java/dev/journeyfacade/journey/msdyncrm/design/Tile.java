package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.StringToClassMapItem;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One tile of a journey design. The {@code type} property names the kind; children hang below their tile
 * ({@code next}, or {@code yes}/{@code no} under a trigger, {@code branches} under a splitter).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SegmentGroupTile.class, name = "SEGMENT_GROUP"),
        @JsonSubTypes.Type(value = EmailTile.class, name = "EMAIL"),
        @JsonSubTypes.Type(value = LandingPageTile.class, name = "LANDING_PAGE"),
        @JsonSubTypes.Type(value = EventTile.class, name = "EVENT"),
        @JsonSubTypes.Type(value = SurveyTile.class, name = "SURVEY"),
        @JsonSubTypes.Type(value = MarketingFormTile.class, name = "MARKETING_FORM"),
        @JsonSubTypes.Type(value = LinkedInCampaignTile.class, name = "LINKEDIN_CAMPAIGN"),
        @JsonSubTypes.Type(value = CreateActivityTile.class, name = "CREATE_ACTIVITY"),
        @JsonSubTypes.Type(value = LaunchWorkflowTile.class, name = "LAUNCH_WORKFLOW"),
        @JsonSubTypes.Type(value = CreateLeadTile.class, name = "CREATE_LEAD"),
        @JsonSubTypes.Type(value = RecordUpdateTile.class, name = "RECORD_UPDATE"),
        @JsonSubTypes.Type(value = SchedulerTile.class, name = "SCHEDULER"),
        @JsonSubTypes.Type(value = TriggerTile.class, name = "TRIGGER"),
        @JsonSubTypes.Type(value = SplitterTile.class, name = "SPLITTER"),
        @JsonSubTypes.Type(value = SplitterBranchTile.class, name = "SPLITTER_BRANCH"),
        @JsonSubTypes.Type(value = UnknownTile.class, name = "UNKNOWN")
})
@Schema(description = "A tile of the journey design; `type` says which kind.",
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "SEGMENT_GROUP", schema = SegmentGroupTile.class),
                @DiscriminatorMapping(value = "EMAIL", schema = EmailTile.class),
                @DiscriminatorMapping(value = "LANDING_PAGE", schema = LandingPageTile.class),
                @DiscriminatorMapping(value = "EVENT", schema = EventTile.class),
                @DiscriminatorMapping(value = "SURVEY", schema = SurveyTile.class),
                @DiscriminatorMapping(value = "MARKETING_FORM", schema = MarketingFormTile.class),
                @DiscriminatorMapping(value = "LINKEDIN_CAMPAIGN", schema = LinkedInCampaignTile.class),
                @DiscriminatorMapping(value = "CREATE_ACTIVITY", schema = CreateActivityTile.class),
                @DiscriminatorMapping(value = "LAUNCH_WORKFLOW", schema = LaunchWorkflowTile.class),
                @DiscriminatorMapping(value = "CREATE_LEAD", schema = CreateLeadTile.class),
                @DiscriminatorMapping(value = "RECORD_UPDATE", schema = RecordUpdateTile.class),
                @DiscriminatorMapping(value = "SCHEDULER", schema = SchedulerTile.class),
                @DiscriminatorMapping(value = "TRIGGER", schema = TriggerTile.class),
                @DiscriminatorMapping(value = "SPLITTER", schema = SplitterTile.class),
                @DiscriminatorMapping(value = "SPLITTER_BRANCH", schema = SplitterBranchTile.class),
                @DiscriminatorMapping(value = "UNKNOWN", schema = UnknownTile.class)
        },
        properties = @StringToClassMapItem(key = "type", value = String.class),
        requiredProperties = "type")
public sealed interface Tile permits TypedTile, UnknownTile {
}

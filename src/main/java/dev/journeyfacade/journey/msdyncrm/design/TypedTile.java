package dev.journeyfacade.journey.msdyncrm.design;

import java.util.Map;

/** What every tile kind the facade models has: ids as stored, its title and description, unmodeled properties. */
sealed interface TypedTile extends Tile permits SegmentGroupTile, EmailTile, LandingPageTile, EventTile, SurveyTile,
        MarketingFormTile, LinkedInCampaignTile, CreateActivityTile, LaunchWorkflowTile, CreateLeadTile,
        RecordUpdateTile, SchedulerTile, TriggerTile, SplitterTile, SplitterBranchTile {

    StoredIds stored();

    String name();

    Boolean nameSystemDefined();

    String description();

    Map<String, Object> unmodeled();
}

package dev.journeyfacade.journey.msdyncrm;

/**
 * Names of the {@code msdyncrm_customerjourney} entity in the Dataverse Web API, from Microsoft's "Basic
 * outbound marketing customer journey API operations" (shared/seeds). Lookups are read as
 * {@code _<lookup>_value} and written through their case-sensitive navigation property with {@code @odata.bind}.
 */
final class JourneyEntity {

    static final String SET = "msdyncrm_customerjourneys";
    static final String ID = "msdyncrm_customerjourneyid";
    static final String NAME = "msdyncrm_name";
    static final String STATUS = "statuscode";
    static final String STATE = "statecode";
    static final String TYPE = "msdyncrm_type";
    static final String TARGET = "msdyncrm_entitytarget";
    static final String REQUIRED_CONSENT = "msgdpr_requiredconsent";
    static final String START = "msdyncrm_startdatetime";
    static final String END = "msdyncrm_enddatetime";
    static final String IS_RECURRING = "msdyncrm_isrecurring";
    static final String RECURRENCE_INTERVAL = "msdyncrm_recurrenceintervaldays";
    static final String RECURRENCE_COUNT = "msdyncrm_recurrencecount";
    static final String TIME_ZONE = "msdyncrm_customerjourneytimezone";
    static final String WORKFLOW_DEFINITION = "msdyncrm_workflowdefinition";
    static final String DESIGNER_STATE = "msdyncrm_customerjourneydesignerstate";
    static final String CREATED_ON = "createdon";
    static final String MODIFIED_ON = "modifiedon";
    static final String ETAG = "@odata.etag";

    static final String CONTENT_SETTINGS_VALUE = "_msdyncrm_contentsettingsid_value";
    static final String SUPPRESSION_SEGMENT_VALUE = "_msdyncrm_suppressionsegmentid_value";
    static final String OWNER_VALUE = "_ownerid_value";

    static final String CONTENT_SETTINGS_BIND = "msdyncrm_contentsettingsId@odata.bind";
    static final String SUPPRESSION_SEGMENT_BIND = "msdyncrm_SuppressionSegmentId@odata.bind";
    static final String OWNER_BIND = "ownerid@odata.bind";
    static final String CONTENT_SETTINGS_SET = "msdyncrm_contentsettingss"; // sic: "…settingses" fails
    static final String SEGMENT_SET = "msdyncrm_segments";
    static final String SYSTEM_USER_SET = "systemusers";

    /** The columns of a list row: never the design, which can be a megabyte per journey. */
    static final String[] SUMMARY_COLUMNS = {ID, NAME, STATUS, TYPE, TARGET, START, END, MODIFIED_ON};

    /** The columns of one journey. */
    static final String[] ALL_COLUMNS = {ID, NAME, STATUS, TYPE, TARGET, REQUIRED_CONSENT, START, END, IS_RECURRING,
            RECURRENCE_INTERVAL, RECURRENCE_COUNT, TIME_ZONE, SUPPRESSION_SEGMENT_VALUE, CONTENT_SETTINGS_VALUE,
            OWNER_VALUE, WORKFLOW_DEFINITION, DESIGNER_STATE, CREATED_ON, MODIFIED_ON};

    /** The "check for errors" action and its answer's one property. */
    static final String VALIDATE_ACTION = "msdyncrm_CustomerJourneyValidate";

    private JourneyEntity() {
    }
}

package dev.dataverseemulator.entity;

import static dev.dataverseemulator.entity.FieldDefinition.choice;
import static dev.dataverseemulator.entity.FieldDefinition.dateTime;
import static dev.dataverseemulator.entity.FieldDefinition.key;
import static dev.dataverseemulator.entity.FieldDefinition.system;
import static dev.dataverseemulator.entity.FieldDefinition.text;
import static dev.dataverseemulator.entity.FieldDefinition.whole;
import static dev.dataverseemulator.entity.FieldDefinition.yesNo;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entity sets the emulator serves. Field names, limits and option-set codes follow the seed and
 * Microsoft's entity reference; the status codes of segments and emails are the emulator's own picks
 * (the facade only reads them).
 */
public final class Entities {

    public static final EntityDefinition JOURNEYS = new EntityDefinition("msdyncrm_customerjourneys",
            "msdyncrm_customerjourney", "msdyncrm_customerjourneyid",
            List.of(key("msdyncrm_customerjourneyid"),
                    text("msdyncrm_name", 100),
                    choice("statuscode", JourneyStatus.DRAFT, JourneyStatus.LIVE, JourneyStatus.STOPPED,
                            JourneyStatus.LIVE_EDITABLE, JourneyStatus.EXPIRED, JourneyStatus.ERROR,
                            JourneyStatus.GOING_LIVE, JourneyStatus.STOPPING),
                    choice("statecode", 0, 1),
                    choice("msdyncrm_type", 192350000, 192350001),
                    choice("msdyncrm_entitytarget", 0, 1),
                    choice("msgdpr_requiredconsent", 587030001, 587030002, 587030003, 587030004, 587030005),
                    yesNo("msdyncrm_isrecurring"),
                    whole("msdyncrm_recurrenceintervaldays", 0, Integer.MAX_VALUE),
                    whole("msdyncrm_recurrencecount", 0, Integer.MAX_VALUE),
                    // seconds and milliseconds of these two are ignored by Dataverse
                    dateTime("msdyncrm_startdatetime", ChronoUnit.MINUTES),
                    dateTime("msdyncrm_enddatetime", ChronoUnit.MINUTES),
                    whole("msdyncrm_customerjourneytimezone", -1500, 1500),
                    text("msdyncrm_workflowdefinition", 1_048_576),
                    text("msdyncrm_customerjourneydesignerstate", 100_000),
                    system("createdon"),
                    system("modifiedon")),
            List.of(new LookupDefinition("msdyncrm_contentsettingsId", "msdyncrm_contentsettingss",
                            "_msdyncrm_contentsettingsid_value"),
                    new LookupDefinition("msdyncrm_SuppressionSegmentId", "msdyncrm_segments",
                            "_msdyncrm_suppressionsegmentid_value"),
                    new LookupDefinition("ownerid", "systemusers", "_ownerid_value")));

    public static final EntityDefinition SEGMENTS = new EntityDefinition("msdyncrm_segments", "msdyncrm_segment",
            "msdyncrm_segmentid",
            List.of(key("msdyncrm_segmentid"),
                    text("msdyncrm_segmentname", 200),
                    choice("msdyncrm_segmenttype", 192350000, 192350001, 192350002),
                    choice("statuscode", 192350000, 192350001, 192350002),
                    system("modifiedon")),
            List.of());

    public static final EntityDefinition EMAILS = new EntityDefinition("msdyncrm_marketingemails",
            "msdyncrm_marketingemail", "msdyncrm_marketingemailid",
            List.of(key("msdyncrm_marketingemailid"),
                    text("msdyncrm_name", 256),
                    text("msdyncrm_subject", 1000),
                    choice("statuscode", 1, 192350001, 192350002),
                    system("modifiedon")),
            List.of());

    public static final EntityDefinition CONTENT_SETTINGS = new EntityDefinition("msdyncrm_contentsettingss",
            "msdyncrm_contentsettings", "msdyncrm_contentsettingsid",
            List.of(key("msdyncrm_contentsettingsid"),
                    text("msdyncrm_name", 100),
                    system("modifiedon")),
            List.of());

    public static final EntityDefinition SYSTEM_USERS = new EntityDefinition("systemusers", "systemuser", "systemuserid",
            List.of(key("systemuserid"), text("fullname", 200)),
            List.of());

    private static final Map<String, EntityDefinition> BY_SET = Stream.of(JOURNEYS, SEGMENTS, EMAILS, CONTENT_SETTINGS,
            SYSTEM_USERS).collect(Collectors.toUnmodifiableMap(EntityDefinition::entitySet, Function.identity()));

    private Entities() {
    }

    /** The definition of an entity set, matched case-sensitively (as OData resource paths are). */
    public static Optional<EntityDefinition> bySet(String entitySet) {
        return Optional.ofNullable(BY_SET.get(entitySet));
    }

    public static List<EntityDefinition> all() {
        return List.of(JOURNEYS, SEGMENTS, EMAILS, CONTENT_SETTINGS, SYSTEM_USERS);
    }
}

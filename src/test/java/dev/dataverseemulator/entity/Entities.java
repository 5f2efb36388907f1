package dev.dataverseemulator.entity;

import static dev.dataverseemulator.entity.FieldDefinition.choice;
import static dev.dataverseemulator.entity.FieldDefinition.dateTime;
import static dev.dataverseemulator.entity.FieldDefinition.key;
import static dev.dataverseemulator.entity.FieldDefinition.system;
import static dev.dataverseemulator.entity.FieldDefinition.text;
import static dev.dataverseemulator.entity.FieldDefinition.whole;
import static dev.dataverseemulator.entity.FieldDefinition.yesNo;

import dev.dataverseemulator.entity.EntityDefinition.Trait;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entity sets the emulator serves. Field names, limits, option-set codes and their
 * labels follow the seed and Microsoft's entity reference
 * (learn.microsoft.com/dynamics365/developer/reference/entities/…); the status codes of
 * the outbound segments and emails are the emulator's own picks (the facade only reads
 * them). {@code msdynmkt_smses} is the logical collection name of {@code msdynmkt_sms};
 * that it is also its entity set name is not confirmed by Microsoft's reference. Every
 * journey table carries the audit lookups Dataverse sets itself.
 */
public final class Entities {

	private static final String USERS = "systemusers";

	private static final String BUSINESS_UNIT_SET = "businessunits";

	public static final EntityDefinition JOURNEYS = new EntityDefinition("msdyncrm_customerjourneys",
			"msdyncrm_customerjourney", "msdyncrm_customerjourneyid", "msdyncrm_name",
			List.of(key("msdyncrm_customerjourneyid"), text("msdyncrm_name", 100),
					choice("statuscode", JourneyStatus.labels()),
					choice("statecode", labels(0, "Active", 1, "Inactive")),
					choice("msdyncrm_type", 192350000, 192350001), choice("msdyncrm_entitytarget", 0, 1),
					choice("msgdpr_requiredconsent", 587030001, 587030002, 587030003, 587030004, 587030005),
					yesNo("msdyncrm_isrecurring"), whole("msdyncrm_recurrenceintervaldays", 0, Integer.MAX_VALUE),
					whole("msdyncrm_recurrencecount", 0, Integer.MAX_VALUE),
					// seconds and milliseconds of these two are ignored by Dataverse
					dateTime("msdyncrm_startdatetime", ChronoUnit.MINUTES),
					dateTime("msdyncrm_enddatetime", ChronoUnit.MINUTES),
					whole("msdyncrm_customerjourneytimezone", -1500, 1500),
					text("msdyncrm_workflowdefinition", 1_048_576),
					text("msdyncrm_customerjourneydesignerstate", 100_000), system("createdon"), system("modifiedon")),
			withAudit(
					LookupDefinition.bindable("msdyncrm_contentsettingsId", "msdyncrm_contentsettingss",
							"_msdyncrm_contentsettingsid_value"),
					LookupDefinition.bindable("msdyncrm_SuppressionSegmentId", "msdyncrm_segments",
							"_msdyncrm_suppressionsegmentid_value"),
					LookupDefinition.bindable("ownerid", USERS, "_ownerid_value")),
			Trait.SECURED, Trait.OUTBOUND_MARKETING);

	public static final EntityDefinition SEGMENTS = new EntityDefinition("msdyncrm_segments", "msdyncrm_segment",
			"msdyncrm_segmentid", "msdyncrm_segmentname",
			List.of(key("msdyncrm_segmentid"), text("msdyncrm_segmentname", 200),
					choice("msdyncrm_segmenttype", 192350000, 192350001, 192350002),
					choice("statuscode", 192350000, 192350001, 192350002), system("modifiedon")),
			List.of(), Trait.OUTBOUND_MARKETING);

	public static final EntityDefinition EMAILS = new EntityDefinition("msdyncrm_marketingemails",
			"msdyncrm_marketingemail", "msdyncrm_marketingemailid", "msdyncrm_name",
			List.of(key("msdyncrm_marketingemailid"), text("msdyncrm_name", 256), text("msdyncrm_subject", 1000),
					choice("statuscode", 1, 192350001, 192350002), system("modifiedon")),
			List.of(), Trait.OUTBOUND_MARKETING);

	public static final EntityDefinition CONTENT_SETTINGS = new EntityDefinition("msdyncrm_contentsettingss",
			"msdyncrm_contentsettings", "msdyncrm_contentsettingsid", "msdyncrm_name",
			List.of(key("msdyncrm_contentsettingsid"), text("msdyncrm_name", 100), system("modifiedon")), List.of(),
			Trait.OUTBOUND_MARKETING);

	/**
	 * Real-time journeys: statuscode, statecode and trigger type as the msdynmkt_journey
	 * reference lists them.
	 */
	public static final EntityDefinition RT_JOURNEYS = new EntityDefinition("msdynmkt_journeys", "msdynmkt_journey",
			"msdynmkt_journeyid", "msdynmkt_name",
			List.of(key("msdynmkt_journeyid"), text("msdynmkt_name", 150), text("msdynmkt_journeyjson", 1_048_576),
					dateTime("msdynmkt_journeystarttime", ChronoUnit.SECONDS),
					dateTime("msdynmkt_journeyendtime", ChronoUnit.SECONDS),
					choice("msdynmkt_triggertype", labels(0, "Recurring", 1, "Ongoing", 2, "OneTime", 3, "Event")),
					choice("statuscode", RealtimeJourneyStatus.labels()),
					choice("statecode",
							labels(0, "Draft", 1, "Live", 2, "Stopped", 3, "Publishing", 4, "Deleted", 5, "Completing",
									6, "Completed")),
					system("createdon"), system("modifiedon")),
			withAudit(LookupDefinition.system("msdynmkt_templateid", "msdynmkt_journeytemplates"),
					LookupDefinition.system("ownerid", USERS)),
			Trait.SECURED, Trait.CREATED_BY_ACTION);

	public static final EntityDefinition RT_TEMPLATES = new EntityDefinition("msdynmkt_journeytemplates",
			"msdynmkt_journeytemplate", "msdynmkt_journeytemplateid", "msdynmkt_name",
			List.of(key("msdynmkt_journeytemplateid"), text("msdynmkt_name", 150), text("msdynmkt_description", 1000),
					text("msdynmkt_uniquename", 100), text("msdynmkt_journeytemplatejson", 1_048_576),
					choice("msdynmkt_triggertype",
							labels(0, "Journey Template Trigger Type", 1, "Journey Template Trigger Type 1", 2,
									"Journey Template Trigger Type 2", 3, "Journey Template Trigger Type 3")),
					choice("statuscode",
							labels(1, "Journey Template Status Code 1", 2, "Journey Template Status Code 2", 6,
									"Journey Template Status Code 6")),
					choice("statecode",
							labels(0, "Journey Template State Code 0", 1, "Journey Template State Code 1", 4,
									"Journey Template State Code 4")),
					system("createdon"), system("modifiedon")),
			List.of(LookupDefinition.system("ownerid", USERS),
					LookupDefinition.system("owningbusinessunit", BUSINESS_UNIT_SET)));

	/**
	 * Real-time segments; Active (1) is the status of a segment whose definition is live.
	 */
	public static final EntityDefinition RT_SEGMENTS = new EntityDefinition("msdynmkt_segments", "msdynmkt_segment",
			"msdynmkt_segmentid", "msdynmkt_sourcesegmentuid",
			List.of(key("msdynmkt_segmentid"), text("msdynmkt_displayname", 100),
					text("msdynmkt_sourcesegmentuid", 100), text("msdynmkt_baseentitylogicalname", 100),
					choice("msdynmkt_type", labels(10, "Static", 11, "Dynamic", 12, "Expansion")),
					choice("msdynmkt_source",
							labels(10, "Marketing", 11, "Customer Insights", 12, "Real-time Journeys")),
					choice("statuscode",
							labels(1, "Active", 2, "Inactive", 3, "Error", 4, "Deleted", 5, "Exporting", 6, "Computing",
									7, "ComputedWithWarnings")),
					choice("statecode", labels(0, "Active", 1, "Inactive")), system("modifiedon")),
			List.of());

	public static final EntityDefinition RT_EMAILS = message("msdynmkt_emails", "msdynmkt_email", 100);

	public static final EntityDefinition RT_SMS = message("msdynmkt_smses", "msdynmkt_sms", 500);

	public static final EntityDefinition RT_PUSH_NOTIFICATIONS = message("msdynmkt_pushnotifications",
			"msdynmkt_pushnotification", 500);

	public static final EntityDefinition SYSTEM_USERS = new EntityDefinition(USERS, "systemuser", "systemuserid",
			"fullname",
			List.of(key("systemuserid"), text("fullname", 200), key("azureactivedirectoryobjectid"),
					key("applicationid"), yesNo("isdisabled")),
			List.of(LookupDefinition.system("businessunitid", BUSINESS_UNIT_SET)));

	public static final EntityDefinition BUSINESS_UNITS = new EntityDefinition(BUSINESS_UNIT_SET, "businessunit",
			"businessunitid", "name", List.of(key("businessunitid"), text("name", 160)),
			List.of(LookupDefinition.system("parentbusinessunitid", BUSINESS_UNIT_SET)));

	private static final List<EntityDefinition> ALL = List.of(JOURNEYS, SEGMENTS, EMAILS, CONTENT_SETTINGS, RT_JOURNEYS,
			RT_TEMPLATES, RT_SEGMENTS, RT_EMAILS, RT_SMS, RT_PUSH_NOTIFICATIONS, SYSTEM_USERS, BUSINESS_UNITS);

	private static final Map<String, EntityDefinition> BY_SET = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EntityDefinition::entitySet, Function.identity()));

	private Entities() {
	}

	/**
	 * The definition of an entity set, matched case-sensitively (as OData resource paths
	 * are).
	 */
	public static Optional<EntityDefinition> bySet(String entitySet) {
		return Optional.ofNullable(BY_SET.get(entitySet));
	}

	public static List<EntityDefinition> all() {
		return ALL;
	}

	/**
	 * A real-time message table: email, text message and push notification share their
	 * status codes.
	 */
	private static EntityDefinition message(String entitySet, String logicalName, int nameLength) {
		return new EntityDefinition(entitySet, logicalName, logicalName + "id", "msdynmkt_name",
				List.of(key(logicalName + "id"), text("msdynmkt_name", nameLength),
						choice("statuscode",
								labels(1, "Draft", 2, "Ready to send", 3, "Ready to send, editing", 100, "Inactive")),
						choice("statecode", labels(0, "Active", 1, "Inactive")), system("modifiedon")),
				List.of());
	}

	/**
	 * A journey table's own lookups, then what Dataverse sets on every user-owned record.
	 */
	private static List<LookupDefinition> withAudit(LookupDefinition... own) {
		return Stream
			.concat(Stream.of(own), Stream.of(LookupDefinition.system("owningbusinessunit", BUSINESS_UNIT_SET),
					LookupDefinition.system("createdby", USERS), LookupDefinition.system("createdonbehalfby", USERS),
					LookupDefinition.system("modifiedby", USERS), LookupDefinition.system("modifiedonbehalfby", USERS)))
			.toList();
	}

	/**
	 * Codes and labels in the order given: {@code labels(0, "Active", 1, "Inactive")}.
	 */
	private static Map<Integer, String> labels(Object... codesAndLabels) {
		Map<Integer, String> labels = new LinkedHashMap<>();
		for (int i = 0; i + 1 < codesAndLabels.length; i += 2) {
			labels.put((Integer) codesAndLabels[i], (String) codesAndLabels[i + 1]);
		}
		return labels;
	}

}

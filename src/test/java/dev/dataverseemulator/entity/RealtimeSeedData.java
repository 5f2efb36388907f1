package dev.dataverseemulator.entity;

import dev.dataverseemulator.security.Directory;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real-time marketing records a fresh emulator starts with: journey templates, the
 * segments and messages they refer to, and journeys in several statuses. The template,
 * segment, email, text message and push notification ids of Microsoft's
 * create-journey-template-api examples are used, so those examples run as written
 * (learn.microsoft.com/dynamics365/customer-insights/journeys/developer/create-journey-template-api).
 *
 * <p>
 * The journey JSON's schema is not documented. The emulator's templates hold only the
 * documented paths: {@code $.trigger.audience} (a segment id),
 * {@code $.trigger.exclusionSegments}, {@code $.exitCriteria.suppressionSegments} (arrays
 * of segment ids) and {@code $.actions['<action id>']
 * .parameters.contentId | smsId | pushNotificationId}; the shape around them
 * ({@code actions} as an object keyed by action id) is the emulator's reading of those
 * paths.
 */
public final class RealtimeSeedData {

	/**
	 * Microsoft's example template id: every reference in it exists and is ready, so it
	 * publishes as it is.
	 */
	public static final UUID WELCOME_TEMPLATE = UUID.fromString("12345678-1234-1234-1234-123456789012");

	/**
	 * A template without audience and with an email action without message: only a draft
	 * until both are chosen.
	 */
	public static final UUID NEWSLETTER_TEMPLATE = SeedData.id("journeytemplate", "Newsletter");

	/**
	 * An event-triggered template (no audience) whose email is still a draft: Draft mode
	 * only.
	 */
	public static final UUID EVENT_TEMPLATE = SeedData.id("journeytemplate", "Event follow-up");

	/** A template whose journey JSON does not parse. */
	public static final UUID BROKEN_TEMPLATE = SeedData.id("journeytemplate", "Broken");

	/** Microsoft's example action ids. */
	public static final String EMAIL_ACTION = "6b461239-d698-449d-9196-0e365753798e";

	public static final String SMS_ACTION = "b03bff11-1b09-4566-967b-4cc77270c0f6";

	public static final String PUSH_ACTION = "d444ab08-1a65-4a94-b9e2-78499bc9faeb";

	/** The email action of the newsletter and event templates. */
	public static final String NEWSLETTER_EMAIL_ACTION = "0c2f1a55-3b7e-4d09-8f61-2a9e5b7c4d10";

	/** Microsoft's example audience; live. */
	public static final UUID NEWSLETTER_SEGMENT = UUID.fromString("98765432-1234-5678-9012-123456789012");

	public static final UUID SEATTLE_SEGMENT = SeedData.id("rtsegment", "Contacts in Seattle");

	public static final UUID SUPPRESSION_SEGMENT = SeedData.id("rtsegment", "Unsubscribed contacts");

	/** Its definition is still a draft: Inactive (2). */
	public static final UUID DRAFT_SEGMENT = SeedData.id("rtsegment", "VIP contacts");

	/**
	 * Microsoft's example email, text message and push notification ids; ready to send.
	 */
	public static final UUID WELCOME_EMAIL = UUID.fromString("e7e3cf6c-1d89-f011-b4cc-000d3a306706");

	public static final UUID WELCOME_SMS = UUID.fromString("6fcbe68f-ef8e-f011-b4cb-000d3a5972e9");

	public static final UUID WELCOME_PUSH = UUID.fromString("7f030313-f08e-f011-b4cb-000d3a5972e9");

	/** Ready to send, editing (3): counts as ready. */
	public static final UUID NEWSLETTER_EMAIL = SeedData.id("rtemail", "March newsletter");

	/** Draft (1): not ready to send. */
	public static final UUID DRAFT_EMAIL = SeedData.id("rtemail", "Event thank-you (draft)");

	public static final UUID LIVE_JOURNEY = SeedData.id("rtjourney", "Welcome series EMEA");

	public static final UUID DRAFT_JOURNEY = SeedData.id("rtjourney", "Spring newsletter");

	private static final int READY_TO_SEND = 2;

	private static final int READY_TO_SEND_EDITING = 3;

	private static final int MESSAGE_DRAFT = 1;

	private static final int SEGMENT_ACTIVE = 1;

	private static final int SEGMENT_INACTIVE = 2;

	private final JsonNodeFactory nodes;

	RealtimeSeedData(JsonNodeFactory nodes) {
		this.nodes = nodes;
	}

	/** The welcome template's journey JSON: Microsoft's example ids throughout. */
	static String welcomeJson() {
		return journeyJson("\"" + NEWSLETTER_SEGMENT + "\"", "[]", "[]",
				"{\"" + EMAIL_ACTION + "\":{\"parameters\":{\"contentId\":\"" + WELCOME_EMAIL + "\"}},\"" + SMS_ACTION
						+ "\":{\"parameters\":{\"smsId\":\"" + WELCOME_SMS + "\"}},\"" + PUSH_ACTION
						+ "\":{\"parameters\":{\"pushNotificationId\":\"" + WELCOME_PUSH + "\"}}}");
	}

	private static String emailOnlyJson(String audience, String contentId) {
		return journeyJson(audience, "[]", "[]",
				"{\"" + NEWSLETTER_EMAIL_ACTION + "\":{\"parameters\":{\"contentId\":" + contentId + "}}}");
	}

	private static String journeyJson(String audience, String exclusions, String suppressions, String actions) {
		return "{\"trigger\":{\"audience\":" + audience + ",\"exclusionSegments\":" + exclusions + "},"
				+ "\"exitCriteria\":{\"suppressionSegments\":" + suppressions + "},\"actions\":" + actions + "}";
	}

	/** Stores every record; call inside {@link RecordStore#write}. */
	void load(RecordStore store, Instant today) {
		Instant created = today.minus(SeedData.days(250));
		segment(store, NEWSLETTER_SEGMENT, "Newsletter subscribers (real-time)", 10, SEGMENT_ACTIVE,
				today.minus(SeedData.days(30)));
		segment(store, SEATTLE_SEGMENT, "Contacts in Seattle (real-time)", 11, SEGMENT_ACTIVE,
				today.minus(SeedData.days(12)));
		segment(store, SUPPRESSION_SEGMENT, "Unsubscribed contacts (real-time)", 10, SEGMENT_ACTIVE,
				today.minus(SeedData.days(60)));
		segment(store, DRAFT_SEGMENT, "VIP contacts (draft)", 11, SEGMENT_INACTIVE, today.minus(SeedData.days(1)));

		message(store, Entities.RT_EMAILS, WELCOME_EMAIL, "Welcome email", READY_TO_SEND,
				today.minus(SeedData.days(20)));
		message(store, Entities.RT_EMAILS, NEWSLETTER_EMAIL, "March newsletter", READY_TO_SEND_EDITING,
				today.minus(SeedData.days(3)));
		message(store, Entities.RT_EMAILS, DRAFT_EMAIL, "Event thank-you (draft)", MESSAGE_DRAFT,
				today.minus(SeedData.days(2)));
		message(store, Entities.RT_SMS, WELCOME_SMS, "Welcome text message", READY_TO_SEND,
				today.minus(SeedData.days(20)));
		message(store, Entities.RT_PUSH_NOTIFICATIONS, WELCOME_PUSH, "Welcome push notification", READY_TO_SEND,
				today.minus(SeedData.days(20)));

		template(store, WELCOME_TEMPLATE, "Welcome series", "Welcomes new subscribers by email, text message and push.",
				2, welcomeJson(), today.minus(SeedData.days(90)));
		template(store, NEWSLETTER_TEMPLATE, "Monthly newsletter", "One email to a segment you choose, every month.", 0,
				emailOnlyJson("null", "null"), today.minus(SeedData.days(60)));
		template(store, EVENT_TEMPLATE, "Event follow-up", "Thanks event attendees when they check in.", 3,
				emailOnlyJson("null", "\"" + DRAFT_EMAIL + "\""), today.minus(SeedData.days(45)));
		template(store, BROKEN_TEMPLATE, "Broken template (for tests)", "Its journey JSON does not parse.", 0,
				"{\"trigger\":", today.minus(SeedData.days(5)));

		journey(store, LIVE_JOURNEY, "Welcome series EMEA", RealtimeJourneyStatus.LIVE, WELCOME_TEMPLATE, 2,
				welcomeJson(), today.minus(SeedData.days(10)), today.plus(SeedData.days(80)), Directory.ADELE,
				Directory.EMEA_BUSINESS_UNIT, created);
		journey(store, DRAFT_JOURNEY, "Spring newsletter", RealtimeJourneyStatus.DRAFT, NEWSLETTER_TEMPLATE, 0,
				emailOnlyJson("\"" + SEATTLE_SEGMENT + "\"", "\"" + NEWSLETTER_EMAIL + "\""), null, null,
				Directory.SAMPLE_USER, Directory.ROOT_BUSINESS_UNIT, created);
		journey(store, SeedData.id("rtjourney", "Black Friday"), "Black Friday reminders",
				RealtimeJourneyStatus.STOPPED, WELCOME_TEMPLATE, 2, welcomeJson(), today.minus(SeedData.days(40)),
				today.plus(SeedData.days(5)), Directory.SAMPLE_USER, Directory.ROOT_BUSINESS_UNIT, created);
		journey(store, SeedData.id("rtjourney", "Winter sale"), "Winter sale (draining)",
				RealtimeJourneyStatus.DRAINING, NEWSLETTER_TEMPLATE, 0,
				emailOnlyJson("\"" + NEWSLETTER_SEGMENT + "\"", "\"" + NEWSLETTER_EMAIL + "\""),
				today.minus(SeedData.days(70)), today.minus(SeedData.days(1)), Directory.SAMPLE_USER,
				Directory.ROOT_BUSINESS_UNIT, created);
		journey(store, SeedData.id("rtjourney", "Webinar"), "Webinar reminders (completing)",
				RealtimeJourneyStatus.COMPLETING, EVENT_TEMPLATE, 3,
				emailOnlyJson("null", "\"" + NEWSLETTER_EMAIL + "\""), today.minus(SeedData.days(30)),
				today.minus(SeedData.days(2)), Directory.SAMPLE_USER, Directory.ROOT_BUSINESS_UNIT, created);
		journey(store, SeedData.id("rtjourney", "Summer"), "Summer campaign 2025 (completed)",
				RealtimeJourneyStatus.COMPLETED, WELCOME_TEMPLATE, 2, welcomeJson(), today.minus(SeedData.days(200)),
				today.minus(SeedData.days(120)), Directory.SAMPLE_USER, Directory.ROOT_BUSINESS_UNIT, created);
	}

	private void segment(RecordStore store, UUID id, String name, int type, int status, Instant modified) {
		ObjectNode s = nodes.objectNode();
		s.put("msdynmkt_segmentid", id.toString());
		s.put("msdynmkt_displayname", name);
		s.put("msdynmkt_sourcesegmentuid", SeedData.id("rtsegmentdefinition", name).toString());
		s.put("msdynmkt_baseentitylogicalname", "contact");
		s.put("msdynmkt_type", type);
		s.put("msdynmkt_source", 12);
		s.put("statuscode", status);
		s.put("statecode", status == SEGMENT_ACTIVE ? 0 : 1);
		s.put("modifiedon", PayloadReader.format(modified));
		store.put(Entities.RT_SEGMENTS.entitySet(), id, s);
	}

	private void message(RecordStore store, EntityDefinition set, UUID id, String name, int status, Instant modified) {
		ObjectNode m = nodes.objectNode();
		m.put(set.primaryKey(), id.toString());
		m.put("msdynmkt_name", name);
		m.put("statuscode", status);
		m.put("statecode", 0);
		m.put("modifiedon", PayloadReader.format(modified));
		store.put(set.entitySet(), id, m);
	}

	private void template(RecordStore store, UUID id, String name, String description, int triggerType, String json,
			Instant modified) {
		ObjectNode t = nodes.objectNode();
		t.put("msdynmkt_journeytemplateid", id.toString());
		t.put("msdynmkt_name", name);
		t.put("msdynmkt_description", description);
		t.put("msdynmkt_uniquename", "emulator_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
		t.put("msdynmkt_journeytemplatejson", json);
		t.put("msdynmkt_triggertype", triggerType);
		t.put("statuscode", 2);
		t.put("statecode", 1);
		t.put("_ownerid_value", Directory.SAMPLE_USER.toString());
		t.put("_owningbusinessunit_value", Directory.ROOT_BUSINESS_UNIT.toString());
		t.put("createdon", PayloadReader.format(modified.minus(SeedData.days(1))));
		t.put("modifiedon", PayloadReader.format(modified));
		store.put(Entities.RT_TEMPLATES.entitySet(), id, t);
	}

	private void journey(RecordStore store, UUID id, String name, int status, UUID template, int triggerType,
			String json, Instant start, Instant end, UUID owner, UUID businessUnit, Instant created) {
		ObjectNode j = nodes.objectNode();
		j.put("msdynmkt_journeyid", id.toString());
		j.put("msdynmkt_name", name);
		j.put("msdynmkt_journeyjson", json);
		j.put("msdynmkt_journeystarttime", start == null ? null : PayloadReader.format(start));
		j.put("msdynmkt_journeyendtime", end == null ? null : PayloadReader.format(end));
		j.put("msdynmkt_triggertype", triggerType);
		j.put("statuscode", status);
		j.put("statecode", RealtimeJourneyStatus.stateOf(status));
		j.put("_msdynmkt_templateid_value", template.toString());
		SeedData.owner(j, owner, businessUnit);
		Instant modified = start == null ? created.plus(SeedData.days(1)) : start.plus(SeedData.days(1));
		j.put("createdon", PayloadReader.format(created));
		j.put("modifiedon", PayloadReader.format(modified));
		store.put(Entities.RT_JOURNEYS.entitySet(), id, j);
	}

}

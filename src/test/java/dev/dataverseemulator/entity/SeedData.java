package dev.dataverseemulator.entity;

import dev.dataverseemulator.EmulatorProperties;
import dev.dataverseemulator.security.Directory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records a fresh emulator starts with: the users and business units of the
 * {@link Directory}, the segments, email, content settings and user the seed's requests
 * refer to (with their ids), a few more of each, outbound journeys in every state, and
 * the real-time data of {@link RealtimeSeedData}. The ids of the journeys the seed's
 * update, delete and validate requests name are used too, so those requests work as
 * written. Dates are relative to the start time so that "live" journeys are current.
 */
@Component
public class SeedData {

	/**
	 * The application user the emulator's credentials stand for; it owns journeys created
	 * without an owner.
	 */
	public static final UUID APPLICATION_USER = Directory.APPLICATION_USER;
	static final UUID SAMPLE_USER = Directory.SAMPLE_USER;
	static final UUID SEGMENT_2KZQ1P = UUID.fromString("24db2671-1529-e911-a9b7-000d3a1e6adc");
	static final UUID SEGMENT_BMKX5U = UUID.fromString("056bbe66-f025-e911-a9ba-000d3a1e689f");
	static final UUID SUPPRESSION_SEGMENT = UUID.fromString("544a3e20-9b23-e911-a9b6-000d3a1e6c14");
	static final UUID EMAIL_RELATIONSHIP_TEST = UUID.fromString("15bd0ab8-c12a-e911-a9b6-000d3a1e6c14");
	static final UUID CONTENT_SETTINGS = UUID.fromString("1922b1d8-0523-e911-a9ba-000d3a1e689f");

	private static final int DYNAMIC = 192350000;

	private static final int STATIC = 192350001;

	private static final int COMPOUND = 192350002;

	private static final int SEGMENT_DRAFT = 192350000;

	private static final int SEGMENT_LIVE = 192350001;

	private static final int EMAIL_DRAFT = 1;

	private static final int EMAIL_LIVE = 192350001;

	/**
	 * Microsoft's sample create request (the seed, on the test classpath): every seeded
	 * outbound journey has its design (root, a segment tile, an email tile), with a
	 * segment and an email of its own in place of the sample's.
	 */
	private static final JsonNode SAMPLE = readSample();

	private static final String DESIGN = SAMPLE.get("msdyncrm_workflowdefinition").asString();

	private static final String DESIGNER_STATE = SAMPLE.get("msdyncrm_customerjourneydesignerstate").asString();

	private static final String SAMPLE_SEGMENT_NAME = "TC407937_DynamicSegment_2KZQ1p";

	private static final String SAMPLE_EMAIL_NAME = "Relationship test";

	private final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private final String clientId;

	SeedData(EmulatorProperties properties) {
		this.clientId = properties.clientId();
	}

	/** Stores every seed record; call inside {@link RecordStore#write}. */
	void load(RecordStore store, Instant now) {
		Instant today = now.truncatedTo(ChronoUnit.MINUTES);
		directory(store);
		segments(store, today);
		emails(store, today);
		contentSettings(store, today);
		journeys(store, today);
		new RealtimeSeedData(nodes).load(store, today);
	}

	private void directory(RecordStore store) {
		for (Directory.BusinessUnit unit : Directory.businessUnits()) {
			ObjectNode b = nodes.objectNode();
			b.put("businessunitid", unit.id().toString());
			b.put("name", unit.name());
			b.put("_parentbusinessunitid_value", unit.parent() == null ? null : unit.parent().toString());
			store.put(Entities.BUSINESS_UNITS.entitySet(), unit.id(), b);
		}
		for (Directory.User user : Directory.users(clientId)) {
			ObjectNode u = nodes.objectNode();
			u.put("systemuserid", user.id().toString());
			u.put("fullname", user.fullName());
			u.put("azureactivedirectoryobjectid", user.objectId().toString());
			u.put("applicationid", user.applicationId() == null ? null : user.applicationId().toString());
			u.put("isdisabled", false);
			u.put("_businessunitid_value", user.businessUnit().toString());
			store.put(Entities.SYSTEM_USERS.entitySet(), user.id(), u);
		}
	}

	private void segments(RecordStore store, Instant today) {
		segment(store, SEGMENT_2KZQ1P, "TC407937_DynamicSegment_2KZQ1p", DYNAMIC, SEGMENT_LIVE, today.minus(days(40)));
		segment(store, SEGMENT_BMKX5U, "TC407937_DynamicSegment_bmkX5u", DYNAMIC, SEGMENT_LIVE, today.minus(days(38)));
		segment(store, SUPPRESSION_SEGMENT, "Unsubscribed contacts (suppression)", STATIC, SEGMENT_LIVE,
				today.minus(days(60)));
		segment(store, id("segment", "Newsletter subscribers"), "Newsletter subscribers", STATIC, SEGMENT_LIVE,
				today.minus(days(12)));
		segment(store, id("segment", "Contacts in Seattle"), "Contacts in Seattle", DYNAMIC, SEGMENT_LIVE,
				today.minus(days(7)));
		segment(store, id("segment", "Key accounts"), "Key accounts", COMPOUND, SEGMENT_LIVE, today.minus(days(3)));
		segment(store, id("segment", "Event attendees 2026"), "Event attendees 2026", DYNAMIC, SEGMENT_DRAFT,
				today.minus(days(1)));
	}

	private void emails(RecordStore store, Instant today) {
		email(store, EMAIL_RELATIONSHIP_TEST, "Relationship test", "Let's stay in touch", EMAIL_LIVE,
				today.minus(days(39)));
		email(store, id("email", "Welcome email"), "Welcome email", "Welcome aboard!", EMAIL_LIVE,
				today.minus(days(30)));
		email(store, id("email", "Black Friday teaser"), "Black Friday teaser", "Our best prices of the year",
				EMAIL_LIVE, today.minus(days(20)));
		email(store, id("email", "Webinar invitation"), "Webinar invitation", "Join our spring webinar", EMAIL_LIVE,
				today.minus(days(9)));
		email(store, id("email", "Event thank-you"), "Event thank-you", "Thank you for coming", EMAIL_LIVE,
				today.minus(days(5)));
		email(store, id("email", "Partner newsletter"), "Partner newsletter", "News for our partners", EMAIL_DRAFT,
				today.minus(days(2)));
	}

	private void contentSettings(RecordStore store, Instant today) {
		contentSetting(store, CONTENT_SETTINGS, "Default content settings", today.minus(days(90)));
		contentSetting(store, id("contentsettings", "EMEA"), "EMEA content settings", today.minus(days(45)));
		contentSetting(store, id("contentsettings", "Partner program"), "Partner program content settings",
				today.minus(days(15)));
	}

	private void journeys(RecordStore store, Instant today) {
		// the seed's create request, under the id its update request goes live with
		ObjectNode simple = journey(UUID.fromString("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc"), "Simple Email Sample",
				JourneyStatus.DRAFT, today.minus(days(2)));
		dates(simple, today.plus(days(1)), today.plus(days(29)));
		design(simple, SEGMENT_2KZQ1P, "TC407937_DynamicSegment_2KZQ1p", EMAIL_RELATIONSHIP_TEST, "Relationship test");
		put(store, simple);

		// the seed's delete request removes this one
		ObjectNode webinar = journey(UUID.fromString("b6faa2b7-b92b-e911-8185-000d3af9d16a"),
				"Spring webinar invitation", JourneyStatus.DRAFT, today.minus(days(1)));
		design(webinar, id("segment", "Newsletter subscribers"), "Newsletter subscribers",
				id("email", "Webinar invitation"), "Webinar invitation");
		put(store, webinar);

		// the seed's validate request: recurring 3 × 30 days within 28 days, which cannot
		// fit
		ObjectNode sample = journey(UUID.fromString("6628bbf7-c52a-e911-a9b7-000d3a1e6adc"), "Sample Customer Journey",
				JourneyStatus.DRAFT, today.minus(days(3)));
		dates(sample, today.plus(days(2)), today.plus(days(30)));
		sample.put("msdyncrm_isrecurring", true);
		sample.put("msdyncrm_recurrenceintervaldays", 30);
		sample.put("msdyncrm_recurrencecount", 3);
		sample.put("_msdyncrm_suppressionsegmentid_value", SUPPRESSION_SEGMENT.toString());
		design(sample, SEGMENT_BMKX5U, "TC407937_DynamicSegment_bmkX5u", EMAIL_RELATIONSHIP_TEST, "Relationship test");
		put(store, sample);

		ObjectNode welcome = journey(id("journey", "Welcome series"), "Welcome series for new contacts",
				JourneyStatus.LIVE, today.minus(days(20)));
		dates(welcome, today.minus(days(20)), today.plus(days(40)));
		design(welcome, id("segment", "Contacts in Seattle"), "Contacts in Seattle", id("email", "Welcome email"),
				"Welcome email");
		put(store, welcome);

		ObjectNode eventFollowUp = journey(id("journey", "Event follow-up"), "Event follow-up",
				JourneyStatus.LIVE_EDITABLE, today.minus(days(4)));
		dates(eventFollowUp, today.minus(days(5)), today.plus(days(25)));
		design(eventFollowUp, SEGMENT_2KZQ1P, "TC407937_DynamicSegment_2KZQ1p", id("email", "Event thank-you"),
				"Event thank-you");
		put(store, eventFollowUp);

		ObjectNode blackFriday = journey(id("journey", "Black Friday"), "Black Friday promotion", JourneyStatus.STOPPED,
				today.minus(days(10)));
		owner(blackFriday, Directory.ADELE, Directory.EMEA_BUSINESS_UNIT); // for
																			// business-unit
																			// access
																			// checks
		dates(blackFriday, today.minus(days(25)), today.plus(days(5)));
		design(blackFriday, id("segment", "Key accounts"), "Key accounts", id("email", "Black Friday teaser"),
				"Black Friday teaser");
		put(store, blackFriday);

		// went live with a segment that was deleted afterwards
		ObjectNode broken = journey(id("journey", "Partner newsletter"), "Partner newsletter (segment deleted)",
				JourneyStatus.ERROR, today.minus(days(6)));
		UUID deletedSegment = id("segment", "Partners (deleted)");
		design(broken, deletedSegment, "Partners", id("email", "Partner newsletter"), "Partner newsletter");
		broken.put("_msdyncrm_contentsettingsid_value", id("contentsettings", "Partner program").toString());
		put(store, broken);

		ObjectNode summer = journey(id("journey", "Summer campaign"), "Summer campaign 2025", JourneyStatus.EXPIRED,
				today.minus(days(70)));
		dates(summer, today.minus(days(160)), today.minus(days(100)));
		summer.put("msdyncrm_entitytarget", 1);
		summer.put("msgdpr_requiredconsent", 587030004);
		design(summer, id("segment", "Key accounts"), "Key accounts", id("email", "Black Friday teaser"),
				"Black Friday teaser");
		put(store, summer);
	}

	private ObjectNode journey(UUID id, String name, int status, Instant modified) {
		ObjectNode j = nodes.objectNode();
		j.put("msdyncrm_customerjourneyid", id.toString());
		j.put("msdyncrm_name", name);
		j.put("statuscode", status);
		j.put("statecode", JourneyStatus.stateOf(status));
		j.put("msdyncrm_type", 192350000);
		j.put("msdyncrm_entitytarget", 0);
		j.put("msgdpr_requiredconsent", 587030001);
		j.put("msdyncrm_isrecurring", false);
		j.put("msdyncrm_customerjourneytimezone", 92);
		j.put("msdyncrm_customerjourneydesignerstate", DESIGNER_STATE);
		j.put("_msdyncrm_contentsettingsid_value", CONTENT_SETTINGS.toString());
		owner(j, SAMPLE_USER, Directory.ROOT_BUSINESS_UNIT);
		j.put("createdon", PayloadReader.format(modified.minus(days(1))));
		j.put("modifiedon", PayloadReader.format(modified));
		return j;
	}

	/**
	 * Owner, owning business unit and audit lookups of a seeded record: its owner made
	 * it, no one impersonated.
	 */
	static void owner(ObjectNode record, UUID user, UUID businessUnit) {
		record.put("_ownerid_value", user.toString());
		record.put("_owningbusinessunit_value", businessUnit.toString());
		record.put("_createdby_value", user.toString());
		record.put("_modifiedby_value", user.toString());
		record.putNull("_createdonbehalfby_value");
		record.putNull("_modifiedonbehalfby_value");
	}

	private static void dates(ObjectNode journey, Instant start, Instant end) {
		journey.put("msdyncrm_startdatetime", PayloadReader.format(start));
		journey.put("msdyncrm_enddatetime", PayloadReader.format(end));
	}

	private static void design(ObjectNode journey, UUID segmentId, String segmentName, UUID emailId, String emailName) {
		journey.put("msdyncrm_workflowdefinition",
				DESIGN.replace(SEGMENT_2KZQ1P.toString(), segmentId.toString())
					.replace(SAMPLE_SEGMENT_NAME, segmentName)
					.replace(EMAIL_RELATIONSHIP_TEST.toString(), emailId.toString())
					.replace("\"" + SAMPLE_EMAIL_NAME + "\"", "\"" + emailName + "\""));
	}

	private static JsonNode readSample() {
		try (InputStream sample = SeedData.class.getResourceAsStream("/seeds/create-journey-request.json")) {
			if (sample == null) {
				throw new IllegalStateException("the seed /seeds/create-journey-request.json is not on the classpath");
			}
			return JsonMapper.shared().readTree(sample);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void put(RecordStore store, ObjectNode journey) {
		store.put(Entities.JOURNEYS.entitySet(), UUID.fromString(journey.get("msdyncrm_customerjourneyid").asString()),
				journey);
	}

	private void segment(RecordStore store, UUID id, String name, int type, int status, Instant modified) {
		ObjectNode s = nodes.objectNode();
		s.put("msdyncrm_segmentid", id.toString());
		s.put("msdyncrm_segmentname", name);
		s.put("msdyncrm_segmenttype", type);
		s.put("statuscode", status);
		s.put("modifiedon", PayloadReader.format(modified));
		store.put(Entities.SEGMENTS.entitySet(), id, s);
	}

	private void email(RecordStore store, UUID id, String name, String subject, int status, Instant modified) {
		ObjectNode e = nodes.objectNode();
		e.put("msdyncrm_marketingemailid", id.toString());
		e.put("msdyncrm_name", name);
		e.put("msdyncrm_subject", subject);
		e.put("statuscode", status);
		e.put("modifiedon", PayloadReader.format(modified));
		store.put(Entities.EMAILS.entitySet(), id, e);
	}

	private void contentSetting(RecordStore store, UUID id, String name, Instant modified) {
		ObjectNode c = nodes.objectNode();
		c.put("msdyncrm_contentsettingsid", id.toString());
		c.put("msdyncrm_name", name);
		c.put("modifiedon", PayloadReader.format(modified));
		store.put(Entities.CONTENT_SETTINGS.entitySet(), id, c);
	}

	/** A stable made-up id for a seed record that the seed's requests do not name. */
	static UUID id(String kind, String name) {
		return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
	}

	static Duration days(int n) {
		return Duration.ofDays(n);
	}

}

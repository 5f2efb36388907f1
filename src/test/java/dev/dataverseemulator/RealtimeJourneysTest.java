package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import dev.dataverseemulator.entity.RealtimeSeedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real-time journey tables: list, read, page, delete; templates, segments and
 * messages as seeded.
 */
class RealtimeJourneysTest extends EmulatorHttpTest {

	private static final String RT_JOURNEYS = "msdynmkt_journeys";

	private static final String SELECT = "?$select=msdynmkt_name,statuscode,statecode,msdynmkt_triggertype";

	private String rtJourney(Object id) {
		return client.api(RT_JOURNEYS + "(" + id + ")");
	}

	private List<String> names(String query, String... headers) {
		Reply reply = client.get(client.api(RT_JOURNEYS) + query, headers);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		reply.body().get("value").forEach(j -> names.add(j.get("msdynmkt_name").asString()));
		return names;
	}

	@Test
	void journeysAreSeededInSeveralStatusesWithTheStateEachBelongsTo() {
		Reply reply = client.get(client.api(RT_JOURNEYS) + SELECT + "&$orderby=statuscode");

		List<String> statusAndState = new ArrayList<>();
		reply.body()
			.get("value")
			.forEach(j -> statusAndState.add(j.get("statuscode").asInt() + "/" + j.get("statecode").asInt()));
		assertThat(statusAndState).containsExactly("1/0", "2/1", "3/2", "5/2", "7/5", "8/6");
	}

	@Test
	void listsFilterAndSortAsTheOutboundSetDoes() {
		assertThat(names(SELECT + "&$orderby=msdynmkt_name&$filter="
				+ EmulatorClient
					.encode("Microsoft.Dynamics.CRM.In(PropertyName='statuscode',PropertyValues=[\"1\",\"2\"])")))
			.containsExactly("Spring newsletter", "Welcome series EMEA");
		assertThat(names(
				SELECT + "&$orderby=msdynmkt_name&$filter=" + EmulatorClient.encode("contains(msdynmkt_name,'SALE')")))
			.containsExactly("Winter sale (draining)");
		assertThat(names(SELECT + "&$filter=" + EmulatorClient.encode("msdynmkt_triggertype eq 3")))
			.containsExactly("Webinar reminders (completing)");
	}

	@Test
	void pagesFollowTheNextLink() {
		List<String> seen = new ArrayList<>();
		String next = client.api(RT_JOURNEYS) + SELECT + "&$orderby=modifiedon%20desc";
		int pages = 0;
		while (next != null) {
			Reply page = client.get(next, "Prefer", "odata.maxpagesize=4");
			page.body().get("value").forEach(j -> seen.add(j.get("msdynmkt_name").asString()));
			JsonNode link = page.body().get("@odata.nextLink");
			next = link == null ? null : link.asString();
			pages++;
		}
		assertThat(pages).isEqualTo(2);
		assertThat(seen).hasSize(6).doesNotHaveDuplicates();
	}

	@Test
	void aJourneyReadsWithItsColumnsTemplateAndEtag() {
		Reply reply = client
			.get(rtJourney(RealtimeSeedData.LIVE_JOURNEY) + "?$select=msdynmkt_name,msdynmkt_journeyjson,"
					+ "msdynmkt_journeystarttime,msdynmkt_journeyendtime,_msdynmkt_templateid_value,modifiedon");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("ETag")).isEqualTo(reply.body().get("@odata.etag").asString());
		assertThat(reply.body().get("msdynmkt_name").asString()).isEqualTo("Welcome series EMEA");
		assertThat(reply.body().get("_msdynmkt_templateid_value").asString())
			.isEqualTo(RealtimeSeedData.WELCOME_TEMPLATE.toString());
		assertThat(EmulatorClient.json(reply.body().get("msdynmkt_journeyjson").asString())
			.at("/trigger/audience")
			.asString()).isEqualTo(RealtimeSeedData.NEWSLETTER_SEGMENT.toString());
		assertThat(reply.body().get("msdynmkt_journeystarttime").asString()).endsWith("Z");
		assertThat(reply.body().get("msdynmkt_journeyid").asString())
			.isEqualTo(RealtimeSeedData.LIVE_JOURNEY.toString());
	}

	@Test
	void statusesReadAsTheirDocumentedLabelsWhenFormattedValuesAreAskedFor() {
		Reply reply = client.get(
				rtJourney(RealtimeSeedData.LIVE_JOURNEY) + "?$select=statuscode,statecode,msdynmkt_triggertype",
				"Prefer", "odata.include-annotations=\"*\"");

		assertThat(reply.body().get("statuscode@OData.Community.Display.V1.FormattedValue").asString())
			.isEqualTo("Live");
		assertThat(reply.body().get("statecode@OData.Community.Display.V1.FormattedValue").asString())
			.isEqualTo("Live");
		assertThat(reply.body().get("msdynmkt_triggertype@OData.Community.Display.V1.FormattedValue").asString())
			.isEqualTo("OneTime");
	}

	@Test
	void aMissingJourneyAnswers404() {
		Reply reply = client.get(rtJourney("00000000-0000-0000-0000-000000000404"));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("0x80040217");
		assertThat(reply.body().path("error").path("message").asString()).startsWith("msdynmkt_journey With Id = ");
	}

	@Test
	void aDraftJourneyCanBeDeleted() {
		assertThat(client.delete(rtJourney(RealtimeSeedData.DRAFT_JOURNEY)).status()).isEqualTo(204);

		assertThat(client.get(rtJourney(RealtimeSeedData.DRAFT_JOURNEY)).status()).isEqualTo(404);
	}

	@Test
	void aLiveJourneyCannotBeDeleted() {
		Reply reply = client.delete(rtJourney(RealtimeSeedData.LIVE_JOURNEY));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().path("error").path("message").asString()).contains("Live (2)");
	}

	@Test
	void postAndPatchAreNotEmulated() {
		Reply post = client.post(client.api(RT_JOURNEYS), "{\"msdynmkt_name\":\"x\"}");
		Reply patch = client.patch(rtJourney(RealtimeSeedData.DRAFT_JOURNEY), "{\"msdynmkt_name\":\"x\"}");

		assertThat(post.status()).isEqualTo(501);
		assertThat(post.body().path("error").path("message").asString()).contains("msdynmkt_CreateJourneyFromTemplate");
		assertThat(patch.status()).isEqualTo(501);
	}

	@Test
	void templatesAreSeededWithTheirJourneyJson() {
		Reply reply = client
			.get(client.api("msdynmkt_journeytemplates") + "?$select=msdynmkt_name,msdynmkt_description,"
					+ "msdynmkt_journeytemplatejson&$orderby=msdynmkt_name");

		List<String> names = new ArrayList<>();
		reply.body().get("value").forEach(t -> names.add(t.get("msdynmkt_name").asString()));
		assertThat(names).containsExactly("Broken template (for tests)", "Event follow-up", "Monthly newsletter",
				"Welcome series");
		JsonNode welcome = client
			.get(client.api("msdynmkt_journeytemplates(" + RealtimeSeedData.WELCOME_TEMPLATE + ")"))
			.body();
		JsonNode json = EmulatorClient.json(welcome.get("msdynmkt_journeytemplatejson").asString());
		assertThat(json.at("/trigger/exclusionSegments").isArray()).isTrue();
		assertThat(json.at("/exitCriteria/suppressionSegments").isArray()).isTrue();
		assertThat(json.path("actions").path(RealtimeSeedData.EMAIL_ACTION).at("/parameters/contentId").asString())
			.isEqualTo(RealtimeSeedData.WELCOME_EMAIL.toString());
		assertThat(json.path("actions").path(RealtimeSeedData.SMS_ACTION).at("/parameters/smsId").asString())
			.isEqualTo(RealtimeSeedData.WELCOME_SMS.toString());
		assertThat(
				json.path("actions").path(RealtimeSeedData.PUSH_ACTION).at("/parameters/pushNotificationId").asString())
			.isEqualTo(RealtimeSeedData.WELCOME_PUSH.toString());
	}

	@Test
	void theSegmentsAndMessagesTemplatesReferToAreReadable() {
		assertThat(
				client.get(client.api("msdynmkt_segments(" + RealtimeSeedData.DRAFT_SEGMENT + ")?$select=statuscode"))
					.body()
					.get("statuscode")
					.asInt())
			.isEqualTo(2);
		assertThat(client.get(client.api("msdynmkt_emails(" + RealtimeSeedData.DRAFT_EMAIL + ")?$select=statuscode"))
			.body()
			.get("statuscode")
			.asInt()).isEqualTo(1);
		assertThat(client.get(client.api("msdynmkt_smses(" + RealtimeSeedData.WELCOME_SMS + ")")).status())
			.isEqualTo(200);
		assertThat(client.get(client.api("msdynmkt_pushnotifications(" + RealtimeSeedData.WELCOME_PUSH + ")")).status())
			.isEqualTo(200);
	}

}

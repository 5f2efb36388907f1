package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.dataverse.ODataFilter;
import dev.journeyfacade.dataverse.ODataQuery;
import dev.dataverseemulator.EmulatorClient.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lists: {@code $select}, {@code $filter}, {@code $orderby}, {@code $top}, {@code $count}
 * and server-driven paging.
 */
class JourneyQueryTest extends EmulatorHttpTest {

	private List<String> names(String query, String... headers) {
		Reply reply = client.get(client.api(JOURNEYS) + query, headers);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		reply.body().get("value").forEach(j -> names.add(j.get("msdyncrm_name").asString()));
		return names;
	}

	private static String filter(String expression) {
		return "?$select=msdyncrm_name&$orderby=msdyncrm_name&$filter=" + EmulatorClient.encode(expression);
	}

	private void create(String... names) {
		for (String name : names) {
			client.createJourney("{\"msdyncrm_name\":\"" + name.replace("\"", "\\\"") + "\"}");
		}
	}

	@Test
	void filtersByEquality() {
		assertThat(names(filter("statuscode eq 192350001"))).containsExactly("Welcome series for new contacts");
		assertThat(names(filter("msdyncrm_name eq 'black friday PROMOTION'")))
			.containsExactly("Black Friday promotion");
	}

	@Test
	void containsIsCaseInsensitiveAndReadsDoubledQuotesAndBracketEscapes() {
		create("O'Brien 50% off [beta]", "O'Brien 50 percent", "Underscore_kept");

		assertThat(names(filter("contains(msdyncrm_name,'o''brien')"))).hasSize(2);
		assertThat(names(filter("contains(msdyncrm_name,'50[%]')"))).containsExactly("O'Brien 50% off [beta]");
		assertThat(names(filter("contains(msdyncrm_name,'[[]beta]')"))).containsExactly("O'Brien 50% off [beta]");
		assertThat(names(filter("contains(msdyncrm_name,'e[_]k')"))).containsExactly("Underscore_kept");
		assertThat(names(filter("contains(msdyncrm_name,'50%')"))).hasSize(2); // unbracketed:
																				// a
																				// wildcard
	}

	@Test
	void inMatchesAnyListedStatus() {
		assertThat(names(filter(
				"Microsoft.Dynamics.CRM.In(PropertyName='statuscode',PropertyValues=[\"192350002\",\"192350005\"])")))
			.containsExactly("Black Friday promotion", "Partner newsletter (segment deleted)");
	}

	@Test
	void orAndAndCombineWithParentheses() {
		assertThat(names(
				filter("(statuscode eq 192350001 or statuscode eq 192350003) and contains(msdyncrm_name,'event')")))
			.containsExactly("Event follow-up");
		assertThat(names(filter("false"))).isEmpty();
	}

	@Test
	void understandsTheFacadesQueryBuilder() {
		create("Mrs O'Brien: 50% [vip]");
		String query = ODataQuery.select("msdyncrm_name", "statuscode")
			.withFilter(ODataFilter.and(ODataFilter.in("statuscode", List.of(192350001, 192350000)),
					ODataFilter.contains("msdyncrm_name", "O'Brien: 50% [vip")))
			.withOrderBy("modifiedon", true)
			.withOrderBy("msdyncrm_customerjourneyid", false)
			.toQueryString();

		assertThat(names(query)).containsExactly("Mrs O'Brien: 50% [vip]");
	}

	@Test
	void ordersByEveryKeyAscendingOrDescending() {
		assertThat(names("?$select=msdyncrm_name&$filter=" + EmulatorClient.encode("statuscode eq 192350000")
				+ "&$orderby=" + EmulatorClient.encode("msdyncrm_isrecurring desc,msdyncrm_name asc")))
			.containsExactly("Sample Customer Journey", "Simple Email Sample", "Spring webinar invitation");
		assertThat(names("?$select=msdyncrm_name&$orderby=" + EmulatorClient.encode("modifiedon desc") + "&$top=2"))
			.containsExactly("Spring webinar invitation", "Simple Email Sample");
	}

	@Test
	void pagesFollowTheNextLinkUntilEveryRowIsSeen() {
		for (int i = 0; i < 12; i++) {
			create("Paged journey " + (char) ('a' + i));
		}
		String first = client.api(JOURNEYS) + filter("startswith(msdyncrm_name,'Paged')");
		List<String> seen = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		String next = first;
		while (next != null) {
			Reply page = client.get(next, "Prefer", "odata.maxpagesize=5");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.header("Preference-Applied")).isEqualTo("odata.maxpagesize=5");
			page.body().get("value").forEach(j -> seen.add(j.get("msdyncrm_name").asString()));
			pageSizes.add(page.body().get("value").size());
			JsonNode link = page.body().get("@odata.nextLink");
			next = link == null ? null : link.asString();
			if (next != null) {
				assertThat(next).startsWith(first + "&$skiptoken=%3Ccookie%20pagenumber");
			}
		}
		assertThat(pageSizes).containsExactly(5, 5, 2);
		assertThat(seen).hasSize(12).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void aSkipTokenOfAnotherQueryIsRefused() {
		create("Paged 1", "Paged 2", "Paged 3");
		String link = client.get(client.api(JOURNEYS) + "?$select=msdyncrm_name", "Prefer", "odata.maxpagesize=2")
			.body()
			.get("@odata.nextLink")
			.asString();
		String token = link.substring(link.indexOf("$skiptoken="));

		Reply reply = client.get(client.api(JOURNEYS) + "?$select=msdyncrm_name&$orderby=msdyncrm_name&" + token,
				"Prefer", "odata.maxpagesize=2");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("0x80060888");
	}

	@Test
	void countsTheMatchingRows() {
		Reply reply = client.get(client.api(JOURNEYS) + "?$select=msdyncrm_name&$count=true", "Prefer",
				"odata.maxpagesize=2");

		assertThat(reply.body().get("@odata.count").asInt()).isEqualTo(8);
		assertThat(reply.body().get("value")).hasSize(2);
	}

	@Test
	void badQueriesAnswer400WithTheQueryCode() {
		for (String query : List.of(filter("msdyncrm_colour eq 'red'"), filter("statuscode eq"),
				filter("statuscode eq 'x'"), "?$select=msdyncrm_colour",
				"?$orderby=" + EmulatorClient.encode("msdyncrm_name sideways"), "?$top=-1", "?$skip=10",
				"?$colour=red")) {
			Reply reply = client.get(client.api(JOURNEYS) + query);
			assertThat(reply.status()).as(query).isEqualTo(400);
			assertThat(reply.errorCode()).as(query).isEqualTo("0x80060888");
		}
	}

	@Test
	void theReferenceSetsAnswerTheSameQueries() {
		Reply segments = client
			.get(client.api("msdyncrm_segments") + "?$select=msdyncrm_segmentname&$orderby=msdyncrm_segmentname"
					+ "&$filter=" + EmulatorClient.encode("contains(msdyncrm_segmentname,'tc407937')"));
		Reply email = client.get(client.api("msdyncrm_marketingemails(15bd0ab8-c12a-e911-a9b6-000d3a1e6c14)"));
		Reply settings = client.get(client.api("msdyncrm_contentsettingss") + "?$select=msdyncrm_name");
		Reply user = client.get(client.api("systemusers(d0e20c01-d6c6-480f-aab5-0fa6749565a5)") + "?$select=fullname");

		assertThat(segments.body().get("value")).extracting(s -> s.get("msdyncrm_segmentname").asString())
			.containsExactly("TC407937_DynamicSegment_2KZQ1p", "TC407937_DynamicSegment_bmkX5u");
		assertThat(email.body().get("msdyncrm_name").asString()).isEqualTo("Relationship test");
		assertThat(settings.body().get("value")).extracting(s -> s.get("msdyncrm_contentsettingsid").asString())
			.contains("1922b1d8-0523-e911-a9ba-000d3a1e689f");
		assertThat(user.status()).isEqualTo(200);
	}

}

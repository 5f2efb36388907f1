package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import org.junit.jupiter.api.Test;

/**
 * What Dataverse serves and the emulator does not is refused in words (501 naming the
 * feature, or Dataverse's 400 for what Dataverse refuses too) rather than silently
 * ignored; what Dataverse documents is served as documented.
 */
class RefusedFeaturesTest extends EmulatorHttpTest {

	private static final String SIMPLE = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

	private static void assertNotEmulated(Reply reply, String feature) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(501);
		assertThat(reply.errorCode()).isEqualTo("0x0");
		assertThat(reply.body().path("error").path("message").asString()).contains("does not emulate")
			.contains(feature);
	}

	@Test
	void expandOnASingleRecordReadAnswers501() {
		assertNotEmulated(client.get(journey(SIMPLE) + "?$select=msdyncrm_name&$expand=ownerid"), "$expand");
	}

	@Test
	void expandOnAListAnswers501() {
		assertNotEmulated(client.get(client.api(JOURNEYS) + "?$expand=ownerid"), "$expand");
	}

	@Test
	void listOptionsOnASingleRecordReadAnswer501() {
		assertNotEmulated(client.get(journey(SIMPLE) + "?$filter=" + EmulatorClient.encode("statuscode eq 1")),
				"$filter");
	}

	@Test
	void anUnknownSystemQueryOptionOnASingleRecordReadAnswers400() {
		Reply reply = client.get(journey(SIMPLE) + "?$colour=red");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("0x80060888");
		assertThat(reply.body().path("error").path("message").asString()).contains("$colour");
	}

	@Test
	void fetchXmlAndSavedQueriesAnswer501() {
		assertNotEmulated(client.get(client.api(JOURNEYS) + "?fetchXml=" + EmulatorClient.encode("<fetch/>")),
				"fetchXml");
		assertNotEmulated(client.get(client.api(JOURNEYS) + "?savedQuery=00000000-0000-0000-0000-000000000001"),
				"savedQuery");
		assertNotEmulated(client.get(client.api(JOURNEYS) + "?userQuery=00000000-0000-0000-0000-000000000001"),
				"userQuery");
	}

	@Test
	void countAsAPathSegmentAnswers501() {
		assertNotEmulated(client.get(client.api(JOURNEYS + "/$count")), "/$count");
	}

	@Test
	void navigationPathsAnswer501() {
		assertNotEmulated(client.get(journey(SIMPLE) + "/ownerid"), "ownerid");
	}

	@Test
	void batchAndMetadataAnswer501() {
		assertNotEmulated(client.post(client.api("$batch"), ""), "$batch");
		assertNotEmulated(client.get(client.api("$metadata")), "$metadata");
	}

	@Test
	void aMatchingIfNoneMatchAnswers304WithoutAnnotations() {
		String etag = client.get(journey(SIMPLE)).header("ETag");

		assertThat(client.get(journey(SIMPLE), "If-None-Match", etag).status()).isEqualTo(304);
	}

	@Test
	void aMatchingIfNoneMatchNeverAnswers304WhenAnnotationsAreAskedFor() {
		String etag = client.get(journey(SIMPLE)).header("ETag");

		Reply reply = client.get(journey(SIMPLE) + "?$select=statuscode", "If-None-Match", etag, "Prefer",
				"odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("statuscode@OData.Community.Display.V1.FormattedValue").asString())
			.isEqualTo("Draft");
		assertThat(reply.header("Preference-Applied"))
			.isEqualTo("odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"");
	}

	@Test
	void whoAmIAnswersWithParenthesesAsDocumented() {
		Reply reply = client.get(client.api("WhoAmI()"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("UserId").asString()).isEqualTo("3b5f1e7a-0c4d-4e8b-9a55-5e3f0c2d7a11");
		assertThat(reply.body().get("BusinessUnitId").asString()).isEqualTo("5f1c4a2e-7d3b-4e9a-8c6f-1a2b3c4d5e6f");
		assertThat(reply.body().get("@odata.context").asString())
			.endsWith("$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse");
	}

	@Test
	void anEntitySetCalledLikeAFunctionAnswers400() {
		Reply reply = client.get(client.api(JOURNEYS + "()"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("0x80060888");
	}

}

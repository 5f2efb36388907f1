package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import org.junit.jupiter.api.Test;

/**
 * ETags and upsert control: {@code If-Match}, {@code If-None-Match: *}, PATCH to an
 * absent id.
 */
class JourneyPreconditionsTest extends EmulatorHttpTest {

	private static final String SEEDED = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

	private static final String ABSENT = "c0ffee00-0000-4000-8000-000000000001";

	private String etagOf(String id) {
		return client.get(journey(id) + "?$select=msdyncrm_name").header("ETag");
	}

	@Test
	void patchWithTheCurrentEtagUpdatesAndMovesTheEtagOn() {
		String etag = etagOf(SEEDED);

		Reply reply = client.patch(journey(SEEDED), "{\"msdyncrm_name\":\"Renamed\"}", "If-Match", etag);

		assertThat(reply.status()).isEqualTo(204);
		assertThat(reply.header("OData-EntityId")).endsWith("msdyncrm_customerjourneys(" + SEEDED + ")");
		assertThat(etagOf(SEEDED)).isNotEqualTo(etag);
	}

	@Test
	void patchWithAStaleEtagAnswers412() {
		String stale = etagOf(SEEDED);
		client.patch(journey(SEEDED), "{\"msdyncrm_name\":\"First writer\"}");

		Reply reply = client.patch(journey(SEEDED), "{\"msdyncrm_name\":\"Second writer\"}", "If-Match", stale);

		assertThat(reply.status()).isEqualTo(412);
		assertThat(reply.errorCode()).isEqualTo("0x80060882");
		assertThat(client.get(journey(SEEDED)).body().get("msdyncrm_name").asString()).isEqualTo("First writer");
	}

	@Test
	void deleteWithAStaleEtagAnswers412() {
		String stale = etagOf(SEEDED);
		client.patch(journey(SEEDED), "{\"msdyncrm_name\":\"Changed\"}");

		assertThat(client.delete(journey(SEEDED), "If-Match", stale).status()).isEqualTo(412);
	}

	@Test
	void createOnlyUpsertOfAnExistingIdAnswers412WithTheDuplicateCode() {
		Reply reply = client.patch(journey(SEEDED), "{\"msdyncrm_name\":\"Overwrite?\"}", "If-None-Match", "*");

		assertThat(reply.status()).isEqualTo(412);
		assertThat(reply.errorCode()).isEqualTo("0x80040237");
	}

	@Test
	void createOnlyUpsertOfAnAbsentIdCreatesIt() {
		Reply reply = client.patch(journey(ABSENT), "{\"msdyncrm_name\":\"Idempotent create\"}", "If-None-Match", "*",
				"Prefer", "return=representation");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.body().get("msdyncrm_customerjourneyid").asString()).isEqualTo(ABSENT);
		assertThat(reply.body().get("statuscode").asInt()).isEqualTo(192350000);
	}

	@Test
	void updateOnlyUpsertOfAnAbsentIdAnswers404() {
		Reply reply = client.patch(journey(ABSENT), "{\"msdyncrm_name\":\"Nobody\"}", "If-Match", "*");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("0x80040217");
		assertThat(client.get(journey(ABSENT)).status()).isEqualTo(404);
	}

	@Test
	void patchWithoutPreconditionsToAnAbsentIdCreatesIt() {
		assertThat(client.patch(journey(ABSENT), "{\"msdyncrm_name\":\"Upserted\"}").status()).isEqualTo(204);

		assertThat(client.get(journey(ABSENT)).body().get("msdyncrm_name").asString()).isEqualTo("Upserted");
	}

	@Test
	void patchWithReturnRepresentationAnswers200WithTheUpdatedRecord() {
		clock.advance(java.time.Duration.ofMinutes(5));

		Reply reply = client.patch(journey(SEEDED) + "?$select=msdyncrm_name,modifiedon",
				"{\"msdyncrm_name\":\"Shown\"}", "Prefer", "return=representation", "If-Match", "*");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("msdyncrm_name").asString()).isEqualTo("Shown");
		assertThat(reply.body().get("modifiedon").asString()).isEqualTo("2026-03-02T09:05:00Z");
		assertThat(reply.header("ETag")).isEqualTo(reply.body().get("@odata.etag").asString());
	}

	@Test
	void rowVersionsGrowAcrossTheWholeStore() {
		long before = version(etagOf(SEEDED));
		String other = client.createJourney("{\"msdyncrm_name\":\"Another\"}");

		assertThat(version(etagOf(other))).isGreaterThan(before);
	}

	@Test
	void aConditionalGetWithTheCurrentEtagAnswers304() {
		String etag = etagOf(SEEDED);

		assertThat(client.get(journey(SEEDED), "If-None-Match", etag).status()).isEqualTo(304);
	}

	private static long version(String etag) {
		return Long.parseLong(etag.replaceAll("\\D", ""));
	}

}

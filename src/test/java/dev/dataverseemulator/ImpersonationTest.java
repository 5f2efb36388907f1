package dev.dataverseemulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmulatorClient.Reply;
import dev.dataverseemulator.entity.RealtimeSeedData;
import dev.dataverseemulator.security.Directory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code CallerObjectId} (and the legacy {@code MSCRMCallerID}): the call acts as the
 * user, with the privileges both the user and the application user hold; the records name
 * both; the documented errors when either falls short.
 */
class ImpersonationTest extends EmulatorHttpTest {

	private static final String SIMPLE = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

	private static final String BLACK_FRIDAY = "journey:Black Friday";

	private static final String AUDIT = "?$select=_createdby_value,_modifiedby_value,_createdonbehalfby_value,"
			+ "_modifiedonbehalfby_value,_ownerid_value,_owningbusinessunit_value";

	private static final String APPLICATION = Directory.APPLICATION_USER.toString();

	private static String[] as(UUID user) {
		return new String[] { "CallerObjectId", Directory.objectIdOf(user).toString() };
	}

	private static String seededId(String kindAndName) {
		return UUID.nameUUIDFromBytes(kindAndName.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String message(Reply reply) {
		return reply.body().path("error").path("message").asString();
	}

	@Test
	void aUserWithoutWritePrivilegeGets403OnPatchWhileAnotherUserSucceeds() {
		Reply megan = client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"Megan's name\"}", as(Directory.MEGAN));
		Reply admin = client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"Admin's name\"}", as(Directory.SAMPLE_USER));

		assertThat(megan.status()).isEqualTo(403);
		assertThat(megan.errorCode()).isEqualTo("0x80040220");
		assertThat(message(megan)).startsWith("Principal user (Id=" + Directory.MEGAN + ", type=8, roleCount=1,")
			.contains("is missing prvWritemsdyncrm_customerjourney privilege");
		assertThat(admin.status()).isEqualTo(204);
	}

	@Test
	void anUpdateNamesTheUserAsModifierAndTheApplicationUserAsDelegate() {
		client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"Renamed\"}", as(Directory.ALEX));

		JsonNode journey = client.get(journey(SIMPLE) + AUDIT).body();

		assertThat(journey.get("_modifiedby_value").asString()).isEqualTo(Directory.ALEX.toString());
		assertThat(journey.get("_modifiedonbehalfby_value").asString()).isEqualTo(APPLICATION);
		assertThat(journey.get("_createdby_value").asString()).isEqualTo(Directory.SAMPLE_USER.toString());
		assertThat(journey.get("_createdonbehalfby_value").isNull()).isTrue();
	}

	@Test
	void aCreateIsOwnedAndCreatedByTheUserOnBehalfOfTheApplicationUser() {
		String id = client.createJourney("{\"msdyncrm_name\":\"Adele's journey\"}", as(Directory.ADELE));

		JsonNode journey = client.get(journey(id) + AUDIT).body();

		assertThat(journey.get("_createdby_value").asString()).isEqualTo(Directory.ADELE.toString());
		assertThat(journey.get("_createdonbehalfby_value").asString()).isEqualTo(APPLICATION);
		assertThat(journey.get("_ownerid_value").asString()).isEqualTo(Directory.ADELE.toString());
		assertThat(journey.get("_owningbusinessunit_value").asString())
			.isEqualTo(Directory.EMEA_BUSINESS_UNIT.toString());
	}

	@Test
	void withoutImpersonationTheOnBehalfFieldsStayNull() {
		String id = client.createJourney("{\"msdyncrm_name\":\"Application's journey\"}");

		JsonNode journey = client.get(journey(id) + AUDIT).body();

		assertThat(journey.get("_createdby_value").asString()).isEqualTo(APPLICATION);
		assertThat(journey.get("_createdonbehalfby_value").isNull()).isTrue();
		assertThat(journey.get("_modifiedonbehalfby_value").isNull()).isTrue();
	}

	@Test
	void theApplicationUsersOwnObjectIdIsNoImpersonation() {
		client.patch(admin("security"), "{\"applicationUserMayActOnBehalf\":false}");

		String id = client.createJourney("{\"msdyncrm_name\":\"Itself\"}", as(Directory.APPLICATION_USER));

		assertThat(client.get(journey(id) + AUDIT).body().get("_createdonbehalfby_value").isNull()).isTrue();
	}

	@Test
	void anApplicationUserWithoutTheActOnBehalfPrivilegeGets403OnEveryCall() {
		client.patch(admin("security"), "{\"applicationUserMayActOnBehalf\":false}");

		for (Reply reply : List.of(client.get(client.api(JOURNEYS), as(Directory.SAMPLE_USER)),
				client.get(client.api("WhoAmI()"), as(Directory.SAMPLE_USER)),
				client.get(client.api("msdynmkt_journeytemplates"), as(Directory.SAMPLE_USER)))) {
			assertThat(reply.status()).isEqualTo(403);
			assertThat(reply.errorCode()).isEqualTo("0x8004A110");
			assertThat(message(reply)).isEqualTo("User does not have the privilege to act on behalf another user.");
		}
	}

	@Test
	void anObjectIdOfNoUserGets403() {
		Reply reply = client.get(client.api(JOURNEYS), "CallerObjectId", "00000000-0000-0000-0000-0000000000aa");

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.errorCode()).isEqualTo("0x80040220");
		assertThat(message(reply)).contains("azureactivedirectoryobjectid = 00000000-0000-0000-0000-0000000000aa");
	}

	@Test
	void anObjectIdThatIsNoGuidGets400() {
		assertThat(client.get(client.api(JOURNEYS), "CallerObjectId", "not-a-guid").status()).isEqualTo(400);
	}

	@Test
	void theLegacyHeaderNamesTheUserBySystemUserId() {
		Reply reply = client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"x\"}", "MSCRMCallerID",
				Directory.MEGAN.toString());

		assertThat(reply.status()).isEqualTo(403);
		assertThat(message(reply)).contains(Directory.MEGAN.toString());
	}

	@Test
	void whoAmINamesTheImpersonatedUserAndTheirBusinessUnit() {
		JsonNode me = client.get(client.api("WhoAmI()"), as(Directory.ADELE)).body();

		assertThat(me.get("UserId").asString()).isEqualTo(Directory.ADELE.toString());
		assertThat(me.get("BusinessUnitId").asString()).isEqualTo(Directory.EMEA_BUSINESS_UNIT.toString());
	}

	@Test
	void aCallMayDoOnlyWhatBothTheUserAndTheApplicationUserMayDo() {
		client.put(admin("security/users/" + APPLICATION + "/privileges"),
				"{\"read\":\"ORGANIZATION\",\"write\":\"ORGANIZATION\",\"publish\":\"NONE\"}");

		Reply reply = client.patch(journey(SIMPLE), "{\"statuscode\":192350006}", as(Directory.SAMPLE_USER));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(message(reply)).startsWith("Principal user (Id=" + APPLICATION + ",")
			.contains("is missing prvPublishmsdyncrm_customerjourney privilege");
	}

	@Test
	void aUserWhoMayWriteButNotPublishCannotTakeAJourneyLive() {
		Reply rename = client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"Alex renamed it\"}", as(Directory.ALEX));
		Reply publish = client.patch(journey(SIMPLE), "{\"statuscode\":192350006}", as(Directory.ALEX));

		assertThat(rename.status()).isEqualTo(204);
		assertThat(publish.status()).isEqualTo(403);
		assertThat(message(publish)).contains("prvPublishmsdyncrm_customerjourney");
	}

	@Test
	void businessUnitDepthReachesTheUsersBusinessUnitOnly() {
		Reply own = client.patch(journey(seededId(BLACK_FRIDAY)), "{\"msdyncrm_name\":\"EMEA Black Friday\"}",
				as(Directory.ADELE));
		Reply other = client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"x\"}", as(Directory.ADELE));

		assertThat(own.status()).isEqualTo(204);
		assertThat(other.status()).isEqualTo(403);
		assertThat(message(other)).startsWith("SecLib::AccessCheckEx failed.")
			.contains("CallingUser: " + Directory.ADELE)
			.contains("AccessRights: WriteAccess");
	}

	@Test
	void userDepthListsOnlyTheUsersOwnRecords() {
		client.createJourney("{\"msdyncrm_name\":\"Diego's own\"}", as(Directory.DIEGO));

		Reply list = client.get(client.api(JOURNEYS) + "?$select=msdyncrm_name", as(Directory.DIEGO));

		List<String> names = new ArrayList<>();
		list.body().get("value").forEach(j -> names.add(j.get("msdyncrm_name").asString()));
		assertThat(names).containsExactly("Diego's own");
		assertThat(client.get(journey(SIMPLE), as(Directory.DIEGO)).status()).isEqualTo(403);
	}

	@Test
	void aUserWithoutReadPrivilegeCannotList() {
		Reply reply = client.get(client.api("msdynmkt_journeys"), as(Directory.LEE));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(message(reply)).contains("is missing prvReadmsdynmkt_journey privilege");
	}

	@Test
	void auditLookupsCarryFormattedValuesOnlyWhenAskedFor() {
		client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"Renamed\"}", as(Directory.ALEX));

		JsonNode plain = client.get(journey(SIMPLE) + AUDIT).body();
		JsonNode annotated = client.get(journey(SIMPLE) + AUDIT, "Prefer", "odata.include-annotations=\"*\"").body();

		assertThat(plain.propertyNames()).noneMatch(name -> name.contains("@OData.Community"));
		assertThat(annotated.get("_modifiedby_value@OData.Community.Display.V1.FormattedValue").asString())
			.isEqualTo("Alex Wilber (sample, does not publish)");
		assertThat(annotated.get("_modifiedonbehalfby_value@OData.Community.Display.V1.FormattedValue").asString())
			.isEqualTo("# journey-facade (application user)");
		assertThat(annotated.get("_modifiedby_value@Microsoft.Dynamics.CRM.lookuplogicalname").asString())
			.isEqualTo("systemuser");
		assertThat(annotated.get("_modifiedby_value@Microsoft.Dynamics.CRM.associatednavigationproperty").asString())
			.isEqualTo("modifiedby");
		assertThat(annotated.get("_owningbusinessunit_value@OData.Community.Display.V1.FormattedValue").asString())
			.isEqualTo("journeyfacade-emulator");
		assertThat(annotated.has("_createdonbehalfby_value@OData.Community.Display.V1.FormattedValue")).isFalse(); // null
	}

	@Test
	void aRealTimeJourneyCreatedFromATemplateNamesTheUserAndTheDelegate() {
		Reply reply = client.post(
				client.api("msdynmkt_CreateJourneyFromTemplate"), "{\"msdynmkt_journeytemplateid\":\""
						+ RealtimeSeedData.WELCOME_TEMPLATE + "\",\"msdynmkt_journeyname\":\"Adele's welcome\"}",
				as(Directory.ADELE));

		JsonNode journey = client
			.get(client.api("msdynmkt_journeys(" + reply.body().get("msdynmkt_journeyid").asString() + ")") + AUDIT)
			.body();
		assertThat(journey.get("_createdby_value").asString()).isEqualTo(Directory.ADELE.toString());
		assertThat(journey.get("_createdonbehalfby_value").asString()).isEqualTo(APPLICATION);
		assertThat(journey.get("_owningbusinessunit_value").asString())
			.isEqualTo(Directory.EMEA_BUSINESS_UNIT.toString());
	}

	@Test
	void creatingFromATemplateNeedsTheCreatePrivilegeAndPublishingThePublishPrivilege() {
		String draft = "{\"msdynmkt_journeytemplateid\":\"" + RealtimeSeedData.WELCOME_TEMPLATE
				+ "\",\"msdynmkt_journeyname\":\"x\"}";
		String publish = draft.replace("}", ",\"msdynmkt_createmode\":\"Publish\"}");

		Reply megan = client.post(client.api("msdynmkt_CreateJourneyFromTemplate"), draft, as(Directory.MEGAN));
		Reply alex = client.post(client.api("msdynmkt_CreateJourneyFromTemplate"), publish, as(Directory.ALEX));

		assertThat(megan.status()).isEqualTo(403);
		assertThat(message(megan)).contains("is missing prvCreatemsdynmkt_journey privilege");
		assertThat(alex.status()).isEqualTo(403);
		assertThat(message(alex)).contains("is missing prvPublishmsdynmkt_journey privilege");
	}

	@Test
	void privilegesAreShownAndTheirChangesUndoneByAReset() {
		client.put(admin("security/users/" + Directory.MEGAN + "/privileges"),
				"{\"read\":\"ORGANIZATION\",\"write\":\"ORGANIZATION\",\"publish\":\"NONE\"}");
		assertThat(client.patch(journey(SIMPLE), "{\"msdyncrm_name\":\"x\"}", as(Directory.MEGAN)).status())
			.isEqualTo(204);

		client.post(admin("reset"), "");

		JsonNode security = client.get(admin("security")).body();
		assertThat(security.get("applicationUserMayActOnBehalf").asBoolean()).isTrue();
		JsonNode megan = null;
		for (JsonNode user : security.get("users")) {
			if (user.get("systemUserId").asString().equals(Directory.MEGAN.toString())) {
				megan = user;
			}
		}
		assertThat(megan).isNotNull();
		assertThat(megan.path("privileges").path("write").asString()).isEqualTo("NONE");
		assertThat(megan.get("azureActiveDirectoryObjectId").asString())
			.isEqualTo(Directory.objectIdOf(Directory.MEGAN).toString());
	}

	@Test
	void theUsersAreDataverseUsersWithTheirObjectIds() {
		Reply reply = client.get(client.api("systemusers")
				+ "?$select=fullname,azureactivedirectoryobjectid,_businessunitid_value" + "&$filter="
				+ EmulatorClient.encode("azureactivedirectoryobjectid eq " + Directory.objectIdOf(Directory.ADELE)));

		assertThat(reply.body().get("value")).hasSize(1);
		assertThat(reply.body().at("/value/0/fullname").asString()).isEqualTo("Adele Vance (sample)");
		assertThat(reply.body().at("/value/0/_businessunitid_value").asString())
			.isEqualTo(Directory.EMEA_BUSINESS_UNIT.toString());
	}

}

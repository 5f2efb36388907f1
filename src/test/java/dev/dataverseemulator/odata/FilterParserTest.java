package dev.dataverseemulator.odata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.entity.Entities;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class FilterParserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ID = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

	private static ObjectNode journey(String name, int status) {
		ObjectNode j = JSON.createObjectNode();
		j.put("msdyncrm_customerjourneyid", ID);
		j.put("msdyncrm_name", name);
		j.put("statuscode", status);
		j.put("msdyncrm_isrecurring", false);
		j.putNull("msdyncrm_recurrencecount");
		j.put("msdyncrm_startdatetime", "2026-03-02T09:00:00Z");
		j.put("_ownerid_value", "d0e20c01-d6c6-480f-aab5-0fa6749565a5");
		return j;
	}

	private static boolean matches(String filter, ObjectNode record) {
		return FilterParser.parse(filter, Entities.JOURNEYS).test(record::get);
	}

	private static DataverseError errorOf(String filter) {
		try {
			FilterParser.parse(filter, Entities.JOURNEYS);
		}
		catch (DataverseError e) {
			return e;
		}
		throw new AssertionError("no error for " + filter);
	}

	@Test
	void comparesNumbersWithEqAndNe() {
		ObjectNode live = journey("Welcome", 192350001);
		assertThat(matches("statuscode eq 192350001", live)).isTrue();
		assertThat(matches("statuscode ne 192350001", live)).isFalse();
		assertThat(matches("statuscode gt 192350000", live)).isTrue();
		assertThat(matches("statuscode le 192350000", live)).isFalse();
	}

	@Test
	void comparesTextCaseInsensitivelyWithDoubledQuotes() {
		ObjectNode journey = journey("O'Brien's journey", 192350000);
		assertThat(matches("msdyncrm_name eq 'o''brien''s JOURNEY'", journey)).isTrue();
		assertThat(matches("msdyncrm_name eq 'O''Brien'", journey)).isFalse();
	}

	@Test
	void comparesUnquotedGuidsBooleansNullsAndDates() {
		ObjectNode journey = journey("x", 192350000);
		assertThat(matches("msdyncrm_customerjourneyid eq " + ID.toUpperCase(), journey)).isTrue();
		assertThat(matches("_ownerid_value eq d0e20c01-d6c6-480f-aab5-0fa6749565a5", journey)).isTrue();
		assertThat(matches("msdyncrm_isrecurring eq false", journey)).isTrue();
		assertThat(matches("msdyncrm_recurrencecount eq null", journey)).isTrue();
		assertThat(matches("msdyncrm_enddatetime eq null", journey)).isTrue(); // absent
																				// reads
																				// as null
		assertThat(matches("msdyncrm_name ne null", journey)).isTrue();
		assertThat(matches("msdyncrm_startdatetime ge 2026-03-01T00:00:00Z", journey)).isTrue();
		assertThat(matches("msdyncrm_startdatetime lt 2026-03-02T09:00:00Z", journey)).isFalse();
	}

	@Test
	void containsIgnoresCaseAndTreatsBracketedWildcardsLiterally() {
		ObjectNode sale = journey("Spring SALE: 50% off [beta]_2", 192350000);
		assertThat(matches("contains(msdyncrm_name,'sale')", sale)).isTrue();
		assertThat(matches("contains(msdyncrm_name,'50[%] off')", sale)).isTrue();
		assertThat(matches("contains(msdyncrm_name,'[[]beta]')", sale)).isTrue();
		assertThat(matches("contains(msdyncrm_name,']Beta]')", sale)).isFalse();
		assertThat(matches("contains(msdyncrm_name,'[_]2')", sale)).isTrue();
		assertThat(matches("contains(msdyncrm_name,'50[%]')", journey("50 percent", 192350000))).isFalse();
	}

	@Test
	void unbracketedPercentAndUnderscoreAreWildcards() {
		ObjectNode journey = journey("Summer campaign", 192350000);
		assertThat(matches("contains(msdyncrm_name,'sum%gn')", journey)).isTrue();
		assertThat(matches("contains(msdyncrm_name,'c_mpaign')", journey)).isTrue();
		assertThat(matches("startswith(msdyncrm_name,'summer')", journey)).isTrue();
		assertThat(matches("endswith(msdyncrm_name,'summer')", journey)).isFalse();
	}

	@Test
	void inMatchesAnyOfTheListedValues() {
		String in = "Microsoft.Dynamics.CRM.In(PropertyName='statuscode',PropertyValues=[\"192350001\",\"192350000\"])";
		assertThat(matches(in, journey("a", 192350000))).isTrue();
		assertThat(matches(in, journey("a", 192350002))).isFalse();
		assertThat(matches(in.replace(".In(", ".NotIn("), journey("a", 192350002))).isTrue();
	}

	@Test
	void andBindsTighterThanOrAndParenthesesRegroup() {
		ObjectNode draft = journey("alpha", 192350000);
		assertThat(matches("statuscode eq 1 and statuscode eq 2 or msdyncrm_name eq 'alpha'", draft)).isTrue();
		assertThat(matches("statuscode eq 1 and (statuscode eq 2 or msdyncrm_name eq 'alpha')", draft)).isFalse();
		assertThat(matches("(statuscode eq 192350000) and (contains(msdyncrm_name,'ALP'))", draft)).isTrue();
		assertThat(matches("not (statuscode eq 192350000)", draft)).isFalse();
	}

	@Test
	void theLiteralFalseMatchesNothing() {
		assertThat(matches("false", journey("a", 192350000))).isFalse();
		assertThat(matches("true", journey("a", 192350000))).isTrue();
	}

	@Test
	void understandsWhatTheFacadesFilterBuilderWrites() {
		String filter = dev.journeyfacade.dataverse.ODataFilter
			.and(dev.journeyfacade.dataverse.ODataFilter.in("statuscode", java.util.List.of(192350001, 192350000)),
					dev.journeyfacade.dataverse.ODataFilter.contains("msdyncrm_name", "O'Brien 50% [x]"))
			.expression();
		assertThat(matches(filter, journey("Mrs O'Brien 50% [x] list", 192350001))).isTrue();
		assertThat(matches(filter, journey("Mrs O'Brien 500 [x] list", 192350001))).isFalse();
	}

	@Test
	void refusesUnknownPropertiesWithDataversesCode() {
		DataverseError e = errorOf("msdyncrm_nam eq 'x'");
		assertThat(e.status().value()).isEqualTo(400);
		assertThat(e.code()).isEqualTo("0x80060888");
		assertThat(e.getMessage()).contains("Could not find a property named 'msdyncrm_nam'");
	}

	@Test
	void refusesIncompatibleOperands() {
		assertThat(errorOf("statuscode eq '192350000'").getMessage()).contains("incompatible types");
		assertThat(errorOf("msdyncrm_customerjourneyid eq '" + ID + "'").code()).isEqualTo("0x80060888");
		assertThat(errorOf("contains(statuscode,'1')").getMessage()).contains("No function signature");
	}

	@Test
	void refusesSyntaxErrors() {
		assertThat(errorOf("statuscode eq").getMessage()).contains("Syntax error");
		assertThat(errorOf("statuscode eqq 1").getMessage()).contains("Syntax error at position 11");
		assertThat(errorOf("msdyncrm_name eq 'open").getMessage()).contains("unterminated string");
		assertThat(errorOf("(statuscode eq 1").code()).isEqualTo("0x80060888");
		assertThat(errorOf("statuscode eq 1 statuscode").code()).isEqualTo("0x80060888");
		assertThat(errorOf("substringof('a',msdyncrm_name)").getMessage()).contains("unknown function");
		assertThat(errorOf("Microsoft.Dynamics.CRM.In(PropertyName='statuscode',PropertyValues=[\"x\"])").getMessage())
			.contains("is not valid for property 'statuscode'");
	}

}

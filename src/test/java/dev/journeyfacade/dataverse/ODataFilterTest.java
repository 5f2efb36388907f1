package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** $filter building: quoting, LIKE wildcards, property names, combinations. */
class ODataFilterTest {

	@Test
	void doublesASingleQuoteInsideAStringLiteral() {
		assertThat(ODataFilter.eq("name", "O'Brien").expression()).isEqualTo("name eq 'O''Brien'");
	}

	@Test
	void keepsInjectedOperatorsInsideTheLiteral() {
		assertThat(ODataFilter.contains("name", "x') or (true").expression())
			.isEqualTo("contains(name,'x'') or (true')");
	}

	@Test
	void bracketsLikeWildcardsInsideContainsSoThat50PercentMeans50Percent() {
		assertThat(ODataFilter.contains("name", "50%_[a]").expression()).isEqualTo("contains(name,'50[%][_][[]a]')");
	}

	@Test
	void writesNumbersBooleansAndGuidsUnquoted() {
		UUID id = UUID.fromString("24db2671-1529-e911-a9b7-000d3a1e6adc");
		assertThat(ODataFilter
			.and(ODataFilter.eq("statuscode", 192350001), ODataFilter.eq("isrecurring", true),
					ODataFilter.eq("_ownerid_value", id))
			.expression()).isEqualTo(
					"(statuscode eq 192350001) and (isrecurring eq true) and (_ownerid_value eq 24db2671-1529-e911-a9b7-000d3a1e6adc)");
	}

	@Test
	void inBecomesADisjunctionAndAnEmptyListMatchesNothing() {
		assertThat(ODataFilter.in("statuscode", List.of(1, 2)).expression())
			.isEqualTo("(statuscode eq 1 or statuscode eq 2)");
		assertThat(ODataFilter.in("statuscode", List.of(7)).expression()).isEqualTo("statuscode eq 7");
		assertThat(ODataFilter.in("statuscode", List.of()).expression()).isEqualTo("false");
	}

	@Test
	void refusesAPropertyNameThatIsNotAnIdentifier() {
		assertThatThrownBy(() -> ODataFilter.eq("name eq 'x' or 1 eq 1", "y"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ODataQuery.select("name,owninguser")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAnEnumThatWasNotMappedToItsCode() {
		assertThatThrownBy(() -> ODataFilter.eq("statuscode", java.time.DayOfWeek.MONDAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void queryStringEncodesEverythingThatCouldSplitTheQuery() {
		ODataQuery query = ODataQuery.select("name", "modifiedon")
			.withFilter(ODataFilter.contains("name", "a&b=c#d+e f%"))
			.withOrderBy("modifiedon", true)
			.withOrderBy("accountid", false);

		assertThat(query.toQueryString()).isEqualTo("?$select=name,modifiedon"
				+ "&$filter=contains(name,'a%26b%3Dc%23d%2Be%20f[%25]')".replace("[", "%5B").replace("]", "%5D")
				+ "&$orderby=modifiedon%20desc,accountid%20asc");
	}

}

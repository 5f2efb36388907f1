package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.DataversePage;
import dev.journeyfacade.dataverse.ODataFilter;
import dev.journeyfacade.dataverse.ODataQuery;
import dev.journeyfacade.dataverse.WhoAmI;
import dev.journeyfacade.journey.CreateMode;
import dev.journeyfacade.journey.CreateRealtimeJourneyRequest;
import dev.journeyfacade.journey.CreatedRealtimeJourney;
import dev.journeyfacade.journey.JourneyNameTaken;
import dev.journeyfacade.journey.JourneyNotCreated;
import dev.journeyfacade.journey.JourneyNotFound;
import dev.journeyfacade.journey.RealtimeJourney;
import dev.journeyfacade.journey.RealtimeJourneyCreation;
import dev.journeyfacade.journey.RealtimeJourneyPage;
import dev.journeyfacade.journey.RealtimeJourneyQuery;
import dev.journeyfacade.journey.RealtimeJourneyStore;
import dev.journeyfacade.journey.RealtimeJourneySummary;
import dev.journeyfacade.journey.validation.ValidationReport;
import dev.journeyfacade.web.ProblemType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real-time journey store on Dataverse's {@code msdynmkt_journey}: its queries, its
 * creates through the template action, the recognition of a repeated create (ADR 12), its
 * deletes.
 */
@Slf4j
@Component
class DataverseRealtimeJourneyStore implements RealtimeJourneyStore {

	// The same on every read: checked once, not per request.
	private static final ODataQuery ALL_COLUMNS = ODataQuery.select(RealtimeRows.Journey.ALL_COLUMNS);

	private static final ODataQuery SUMMARY_COLUMNS = ODataQuery.select(RealtimeRows.Journey.SUMMARY_COLUMNS);

	/**
	 * Rows read by name: names are unique, so one is expected; a few more cost nothing.
	 */
	private static final int NAMED_ROWS = 5;

	private final DataverseClient client;

	private final RealtimeMapper mapper;

	private final RealtimeProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	DataverseRealtimeJourneyStore(DataverseClient client, RealtimeMapper mapper, RealtimeProperties properties,
			JsonMapper json, ObjectProvider<Clock> clock) {
		this.client = client;
		this.mapper = mapper;
		this.properties = properties;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public RealtimeJourneyPage list(RealtimeJourneyQuery query) {
		DataversePage<RealtimeRows.Journey> page = query.pageToken() != null
				? client.nextPage(RealtimeRows.JOURNEYS, query.pageToken(), query.pageSize(),
						RealtimeRows.Journey.class)
				: client.list(RealtimeRows.JOURNEYS, listQuery(query), query.pageSize(), RealtimeRows.Journey.class);
		return new RealtimeJourneyPage(page.items().stream().map(mapper::toSummary).toList(), page.continuation());
	}

	/**
	 * Summary columns only, the filters, and the sort key followed by the primary key so
	 * pages are stable.
	 */
	static ODataQuery listQuery(RealtimeJourneyQuery query) {
		ODataQuery odata = SUMMARY_COLUMNS;
		List<ODataFilter> filters = new ArrayList<>();
		if (!query.statuses().isEmpty()) {
			filters.add(ODataFilter.in(RealtimeRows.Journey.STATUS,
					query.statuses().stream().distinct().map(RealtimeCodes.STATUS::code).toList()));
		}
		if (query.text() != null) {
			filters.add(ODataFilter.contains(RealtimeRows.Journey.NAME, query.text()));
		}
		if (!filters.isEmpty()) {
			odata = odata.withFilter(ODataFilter.and(filters.toArray(ODataFilter[]::new)));
		}
		String sortColumn = switch (query.sortField()) {
			case NAME -> RealtimeRows.Journey.NAME;
			case MODIFIED_AT -> RealtimeRows.Journey.MODIFIED_ON;
			case STARTS_AT -> RealtimeRows.Journey.START;
		};
		return odata.withOrderBy(sortColumn, query.descending()).withOrderBy(RealtimeRows.Journey.ID, false);
	}

	@Override
	public RealtimeJourney get(UUID id) {
		return mapper.toJourney(row(id, () -> client.retrieveWithFormattedValues(RealtimeRows.JOURNEYS, id, ALL_COLUMNS,
				RealtimeRows.Journey.class)));
	}

	/**
	 * Asks Dataverse with {@code If-None-Match}: a 304 means the journey is still at that
	 * version, and it is not sent.
	 */
	@Override
	public Optional<RealtimeJourney> getIfChanged(UUID id, String etag) {
		String weak = DataverseClient.weakEntityTag(etag).orElse(null);
		if (weak == null) {
			return Optional.of(get(id)); // not one of Dataverse's: nothing to ask it
		}
		return ofJourney(id, () -> client.retrieveIfChanged(RealtimeRows.JOURNEYS, id, ALL_COLUMNS, weak,
				RealtimeRows.Journey.class))
			.map(mapper::toJourney);
	}

	@Override
	public RealtimeJourneySummary getSummary(UUID id) {
		return mapper.toSummary(
				row(id, () -> client.retrieve(RealtimeRows.JOURNEYS, id, SUMMARY_COLUMNS, RealtimeRows.Journey.class)));
	}

	/**
	 * Runs the template action. A name it refuses as taken is checked first (whatever id
	 * the answer names — it may be the journey that holds the name): for a create with an
	 * Idempotency-Key the journey an earlier attempt made is looked up and answered as
	 * not created, otherwise 409. A journey the answer says it made (see
	 * {@link CreateFromTemplate#created}) is read back, as the action answers only its
	 * id; an id that names no journey means nothing was made. With a key the action may
	 * be repeated by the client after a lost answer: the repeat is recognised the same
	 * way.
	 */
	@Override
	public CreatedRealtimeJourney create(CreateRealtimeJourneyRequest journey, CreateMode mode,
			@Nullable String idempotencyKey) {
		List<JsonPathEdit> edits = TemplateEdits.of(journey.content());
		CreateFromTemplate.Answer answer = client.invokeAction(CreateFromTemplate.ACTION,
				CreateFromTemplate.body(journey, mode, edits, json), CreateFromTemplate.Answer.class,
				idempotencyKey != null);
		if (answer == null) {
			throw ProblemType.DATAVERSE_BAD_RESPONSE.exception("Dataverse answered the create without a body.");
		}
		List<CreateFromTemplate.Error> errors = CreateFromTemplate.errors(answer, json);
		ValidationReport report = CreateFromTemplate.report(answer, errors);
		if (CreateFromTemplate.nameTaken(errors)) {
			if (idempotencyKey != null) {
				Optional<RealtimeRows.Journey> earlier = madeEarlier(journey, mode, edits);
				if (earlier.isPresent()) {
					log.debug("create of real-time journey '{}' repeated; answering with journey {}", journey.name(),
							earlier.get().id());
					return new CreatedRealtimeJourney(
							new RealtimeJourneyCreation(mapper.toJourney(earlier.get()), null), false);
				}
			}
			throw new JourneyNameTaken(journey.name(), idempotencyKey != null, report);
		}
		if (CreateFromTemplate.saysNothing(answer, errors)) {
			throw ProblemType.DATAVERSE_BAD_RESPONSE.exception(
					"Dataverse answered the create without naming a journey it created and without saying why not.");
		}
		UUID created = CreateFromTemplate.created(answer, mode, errors);
		if (created == null) {
			throw new JourneyNotCreated(mode, report);
		}
		return new CreatedRealtimeJourney(new RealtimeJourneyCreation(readBack(created, mode, report), report), true);
	}

	/**
	 * The journey the action said it made. When Dataverse has no journey of that id,
	 * nothing was made: with the action's issues that is their outcome (422), without any
	 * it is an answer that contradicts itself (502) — never a 404 to a create.
	 */
	private RealtimeJourney readBack(UUID created, CreateMode mode, ValidationReport report) {
		try {
			return get(created);
		}
		catch (JourneyNotFound notMade) {
			if (report.issues().isEmpty()) {
				throw ProblemType.DATAVERSE_BAD_RESPONSE
					.exception("Dataverse answered that it created real-time journey " + created
							+ ", but has no journey of that id.");
			}
			log.debug("create: Dataverse named journey {} beside {} issue(s), but has no journey of that id", created,
					report.issues().size());
			throw new JourneyNotCreated(mode, report);
		}
	}

	/**
	 * The journey of the create's name that an earlier attempt of it made, if any: the
	 * journeys of that name (Dataverse compares text without regard to case) checked
	 * against everything the create wrote, as the user this call acts as.
	 */
	private Optional<RealtimeRows.Journey> madeEarlier(CreateRealtimeJourneyRequest journey, CreateMode mode,
			List<JsonPathEdit> edits) {
		List<RealtimeRows.Journey> named = client.query(RealtimeRows.JOURNEYS,
				ALL_COLUMNS.withFilter(ODataFilter.eq(RealtimeRows.Journey.NAME, journey.name())).withTop(NAMED_ROWS),
				RealtimeRows.Journey.class);
		if (named.isEmpty()) {
			log.info("real-time journey '{}': Dataverse says the name is taken, but no journey of that name is "
					+ "visible to this service; answering 409", journey.name());
			return Optional.empty();
		}
		WhoAmI me = client.whoAmI();
		RepeatedCreate repeat = new RepeatedCreate(journey, mode, edits, me == null ? null : me.userId(),
				clock.instant().minus(properties.idempotencyWindow()));
		for (RealtimeRows.Journey row : named) {
			String mismatch = repeat.mismatch(row, mapper.definition(row));
			if (mismatch == null) {
				return Optional.of(row);
			}
			log.info("real-time journey {} has the name of a create with an Idempotency-Key but is not the one an "
					+ "earlier attempt made ({}); answering 409", row.id(), mismatch);
		}
		return Optional.empty();
	}

	@Override
	public void delete(UUID id, @Nullable String ifMatch) {
		ofJourney(id, () -> {
			client.delete(RealtimeRows.JOURNEYS, id, ifMatch);
			return null;
		});
	}

	private RealtimeRows.Journey row(UUID id, Supplier<RealtimeRows.Journey> read) {
		// a 2xx without the row is DataverseClient's 502 already
		return ofJourney(id, read);
	}

	/**
	 * A call about one journey; Dataverse's 404 means it has no journey with this id. A
	 * 404 naming an unknown entity set (0x8006088a: no real-time journeys in the
	 * environment) is no missing journey: it becomes 503
	 * {@code realtime-journeys-unavailable} ({@link RealtimeConfiguration}).
	 */
	private static <T> T ofJourney(UUID id, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (DataverseException e) {
			if (e.is(404) && !e.isUnknownResource()) {
				throw new JourneyNotFound(id, e);
			}
			throw e;
		}
	}

}

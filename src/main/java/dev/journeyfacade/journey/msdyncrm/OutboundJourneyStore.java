package dev.journeyfacade.journey.msdyncrm;

import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.DataversePage;
import dev.journeyfacade.dataverse.ODataFilter;
import dev.journeyfacade.dataverse.ODataQuery;
import dev.journeyfacade.journey.CreateJourneyRequest;
import dev.journeyfacade.journey.CreatedJourney;
import dev.journeyfacade.journey.DesignFields;
import dev.journeyfacade.journey.DesignText;
import dev.journeyfacade.journey.FieldProblem;
import dev.journeyfacade.journey.Journey;
import dev.journeyfacade.journey.JourneyAction;
import dev.journeyfacade.journey.JourneyChanges;
import dev.journeyfacade.journey.JourneyNotFound;
import dev.journeyfacade.journey.JourneyPage;
import dev.journeyfacade.journey.JourneyQuery;
import dev.journeyfacade.journey.JourneySettings;
import dev.journeyfacade.journey.JourneyStatus;
import dev.journeyfacade.journey.JourneyStore;
import dev.journeyfacade.journey.JourneySummary;
import dev.journeyfacade.journey.JourneyTarget;
import dev.journeyfacade.journey.UpdateJourneyRequest;
import dev.journeyfacade.journey.msdyncrm.design.DesignCodec;
import dev.journeyfacade.journey.msdyncrm.design.DesignRules;
import dev.journeyfacade.journey.msdyncrm.design.JourneyDesign;
import dev.journeyfacade.journey.msdyncrm.design.RawPair;
import dev.journeyfacade.journey.msdyncrm.design.StoredRawPair;
import dev.journeyfacade.journey.msdyncrm.design.WorkflowDefinition;
import dev.journeyfacade.journey.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The journey store on Dataverse's outbound-marketing entity,
 * {@code msdyncrm_customerjourney}: its queries, its create-only writes, its lifecycle
 * table, and its design format — a design tree is checked and written here as the
 * workflow definition and designer state (ADR 4, ADR 9), the raw pair taken as sent.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class OutboundJourneyStore implements JourneyStore {

	// The same on every read: checked once, not per request.
	private static final ODataQuery ALL_COLUMNS = ODataQuery.select(JourneyMapper.Row.ALL_COLUMNS);

	private static final ODataQuery SUMMARY_COLUMNS = ODataQuery.select(JourneyMapper.Row.SUMMARY_COLUMNS);

	private final DataverseClient client;

	private final JourneyMapper mapper;

	private final DesignCodec codec;

	private final DesignRules designRules;

	@Override
	public JourneyPage list(JourneyQuery query) {
		DataversePage<JourneyMapper.Row> page = query.pageToken() != null
				? client.nextPage(JourneyMapper.SET, query.pageToken(), query.pageSize(), JourneyMapper.Row.class)
				: client.list(JourneyMapper.SET, listQuery(query), query.pageSize(), JourneyMapper.Row.class);
		return new JourneyPage(page.items().stream().map(mapper::toSummary).toList(), page.continuation());
	}

	/**
	 * Summary columns only, the filters, and the sort key followed by the primary key so
	 * pages are stable.
	 */
	static ODataQuery listQuery(JourneyQuery query) {
		ODataQuery odata = SUMMARY_COLUMNS;
		List<ODataFilter> filters = new ArrayList<>();
		if (!query.statuses().isEmpty()) {
			filters.add(ODataFilter.in(JourneyMapper.Row.STATUS,
					query.statuses().stream().distinct().map(JourneyCodes.STATUS::code).toList()));
		}
		if (query.text() != null) {
			filters.add(ODataFilter.contains(JourneyMapper.Row.NAME, query.text()));
		}
		if (!filters.isEmpty()) {
			odata = odata.withFilter(ODataFilter.and(filters.toArray(ODataFilter[]::new)));
		}
		String sortColumn = switch (query.sortField()) {
			case NAME -> JourneyMapper.Row.NAME;
			case MODIFIED_AT -> JourneyMapper.Row.MODIFIED_ON;
			case STARTS_AT -> JourneyMapper.Row.START;
		};
		return odata.withOrderBy(sortColumn, query.descending()).withOrderBy(JourneyMapper.Row.ID, false);
	}

	@Override
	public Journey get(UUID id) {
		return mapper.toJourney(ofJourney(id,
				() -> client.retrieveWithFormattedValues(JourneyMapper.SET, id, ALL_COLUMNS, JourneyMapper.Row.class)));
	}

	/**
	 * Asks Dataverse with {@code If-None-Match}: a 304 means the journey is still at that
	 * version, and it is not sent.
	 */
	@Override
	public Optional<Journey> getIfChanged(UUID id, String etag) {
		String weak = DataverseClient.weakEntityTag(etag).orElse(null);
		if (weak == null) {
			return Optional.of(get(id)); // not one of Dataverse's: nothing to ask it
		}
		return ofJourney(id,
				() -> client.retrieveIfChanged(JourneyMapper.SET, id, ALL_COLUMNS, weak, JourneyMapper.Row.class))
			.map(mapper::toJourney);
	}

	@Override
	public JourneySummary getSummary(UUID id) {
		return mapper.toSummary(
				ofJourney(id, () -> client.retrieve(JourneyMapper.SET, id, SUMMARY_COLUMNS, JourneyMapper.Row.class)));
	}

	/** The raw pair, the experts' alternative to a design tree (ADR 9). */
	@Override
	public Class<? extends DesignText> designTextType() {
		return RawPair.class;
	}

	@Override
	public List<FieldProblem> checkDesign(DesignFields design) {
		return designRules.check(design);
	}

	@Override
	public void checkAllowed(JourneyAction action, UUID id, JourneyStatus status) {
		OutboundLifecycle.check(action, id, status);
	}

	/**
	 * A new journey's design as the two strings; a new journey has no designer state to
	 * continue from.
	 */
	@Override
	public CreatedJourney create(UUID id, CreateJourneyRequest journey) {
		return createOnly(id, mapper.createBody(journey, written(journey)));
	}

	@Override
	public CreatedJourney copy(Journey source, UUID id, String name) {
		return createOnly(id, mapper.copyBody(source, name));
	}

	@Override
	public Journey update(Journey current, JourneyChanges changes, @Nullable String ifMatch) {
		UUID id = current.id();
		Map<String, Object> body = mapper.updateBody(changes, written(changes, current));
		return readBackIfEmpty(id,
				ofJourney(id, () -> client.update(JourneyMapper.SET, id, body, ifMatch, JourneyMapper.Row.class)));
	}

	@Override
	public Journey publish(UUID id, @Nullable String ifMatch) {
		return changeStatus(id, JourneyStatus.GOING_LIVE, ifMatch);
	}

	@Override
	public Journey stop(UUID id, @Nullable String ifMatch) {
		return changeStatus(id, JourneyStatus.STOPPING, ifMatch);
	}

	@Override
	public void delete(UUID id, @Nullable String ifMatch) {
		ofJourney(id, () -> {
			client.delete(JourneyMapper.SET, id, ifMatch);
			return null;
		});
	}

	@Override
	public ValidationReport validate(UUID id) {
		return validate(get(id));
	}

	@Override
	public ValidationReport validateDraft(CreateJourneyRequest draft) {
		return validate(mapper.draft(draft, written(draft)));
	}

	/**
	 * Safe to repeat: the check changes nothing, so the client may retry it like a read.
	 */
	private ValidationReport validate(Journey journey) {
		return mapper.toReport(client.invokeAction(JourneyMapper.VALIDATE_ACTION, mapper.validateBody(journey),
				ValidateActionResult.class, true));
	}

	/**
	 * Publish and stop: Dataverse acts on a new status reason and moves the journey on by
	 * itself.
	 */
	private Journey changeStatus(UUID id, JourneyStatus status, @Nullable String ifMatch) {
		return readBackIfEmpty(id, ofJourney(id, () -> client.update(JourneyMapper.SET, id, mapper.statusBody(status),
				ifMatch, JourneyMapper.Row.class)));
	}

	/**
	 * A create-only upsert under the chosen id. Dataverse answers 412 when the id exists:
	 * an earlier attempt (the caller's, or the client's own retry after a lost answer)
	 * made it, so the existing journey is read and returned as not created. Nothing is
	 * ever overwritten (ADR 5).
	 */
	private CreatedJourney createOnly(UUID id, Map<String, Object> body) {
		try {
			JourneyMapper.Row created = client.createWithId(JourneyMapper.SET, id, body, JourneyMapper.Row.class);
			return new CreatedJourney(readBackIfEmpty(id, created), true);
		}
		catch (DataverseException e) {
			if (!e.is(412)) {
				throw e;
			}
			log.debug("journey {} exists already (412 on create-only upsert): a repeated create", id);
			return new CreatedJourney(get(id), false);
		}
	}

	/**
	 * The journey a write answered with. {@code Prefer: return=representation} is a
	 * preference: Dataverse may still answer 204 without a body
	 * (learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api),
	 * and then the journey is read back.
	 */
	private Journey readBackIfEmpty(UUID id, JourneyMapper.@Nullable Row written) {
		return written != null ? mapper.toJourney(written) : get(id);
	}

	/**
	 * The design of a new journey (or draft) as its two strings: the tree encoded, the
	 * raw pair as sent, or none.
	 */
	private @Nullable WorkflowDefinition written(CreateJourneyRequest journey) {
		if (journey.design() instanceof JourneyDesign design) {
			return codec.encode(design, DesignRules.entityTarget(journey.settings().target()));
		}
		RawPair raw = RawPair.of(journey.text());
		return raw.workflowDefinition() == null ? null
				: new WorkflowDefinition(raw.workflowDefinition(), raw.designerState());
	}

	/**
	 * A changed design as its two strings, or null when the patch leaves the design
	 * alone. A tree continues the stored designer state, so its counters never go back
	 * (ids once used are never handed out again), and its tiles address the journey's
	 * target after the change; a null design clears both strings.
	 */
	private @Nullable WorkflowDefinition written(JourneyChanges changes, Journey current) {
		UpdateJourneyRequest values = changes.values();
		if (changes.has(DesignFields.DESIGN)) {
			if (!(values.design() instanceof JourneyDesign design)) {
				return new WorkflowDefinition(null, null);
			}
			JourneyTarget target = changes.has(JourneySettings.Field.TARGET.apiName()) ? values.settings().target()
					: current.settings().target();
			return codec.encode(design, DesignRules.entityTarget(target), StoredRawPair.of(current).designerState());
		}
		if (changes.has(RawPair.WORKFLOW_DEFINITION) || changes.has(RawPair.DESIGNER_STATE)) {
			RawPair raw = RawPair.of(values.text());
			return new WorkflowDefinition(raw.workflowDefinition(), raw.designerState());
		}
		return null;
	}

	/**
	 * A call about one journey; Dataverse's 404 means it has no journey with this id. A
	 * 404 naming an unknown entity set (0x8006088a: outbound marketing removed from the
	 * environment) is no missing journey: it becomes 503
	 * {@code outbound-marketing-unavailable} ({@link OutboundConfiguration})
	 * (learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
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

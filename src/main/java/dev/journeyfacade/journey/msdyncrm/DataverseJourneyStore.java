package dev.journeyfacade.journey.msdyncrm;

import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.DataverseException;
import dev.journeyfacade.dataverse.DataversePage;
import dev.journeyfacade.dataverse.ODataFilter;
import dev.journeyfacade.dataverse.ODataQuery;
import dev.journeyfacade.journey.CreateJourneyRequest;
import dev.journeyfacade.journey.CreatedJourney;
import dev.journeyfacade.journey.Journey;
import dev.journeyfacade.journey.JourneyChanges;
import dev.journeyfacade.journey.JourneyNotFound;
import dev.journeyfacade.journey.JourneyPage;
import dev.journeyfacade.journey.JourneyQuery;
import dev.journeyfacade.journey.JourneyStatus;
import dev.journeyfacade.journey.JourneyStore;
import dev.journeyfacade.journey.JourneySummary;
import dev.journeyfacade.journey.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

/** The journey store on Dataverse's outbound-marketing entity: the gateway between the journey API and the client. */
@Slf4j
@Component
@RequiredArgsConstructor
class DataverseJourneyStore implements JourneyStore {

    static final String UNKNOWN_ENTITY_SET = "0x8006088a";

    private final DataverseClient client;
    private final JourneyMapper mapper;

    @Override
    public JourneyPage list(JourneyQuery query) {
        DataversePage<DataverseJourney> page = query.pageToken() != null
                ? client.nextPage(JourneyEntity.SET, query.pageToken(), query.pageSize(), DataverseJourney.class)
                : client.list(JourneyEntity.SET, listQuery(query), query.pageSize(), DataverseJourney.class);
        return new JourneyPage(page.items().stream().map(mapper::toSummary).toList(), page.continuation());
    }

    /** Summary columns only, the filters, and the sort key followed by the primary key so pages are stable. */
    static ODataQuery listQuery(JourneyQuery query) {
        ODataQuery odata = ODataQuery.select(JourneyEntity.SUMMARY_COLUMNS);
        List<ODataFilter> filters = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            filters.add(ODataFilter.in(JourneyEntity.STATUS,
                    query.statuses().stream().distinct().map(JourneyCodes.STATUS::code).toList()));
        }
        if (query.text() != null) {
            filters.add(ODataFilter.contains(JourneyEntity.NAME, query.text()));
        }
        if (!filters.isEmpty()) {
            odata = odata.withFilter(ODataFilter.and(filters.toArray(ODataFilter[]::new)));
        }
        String sortColumn = switch (query.sortField()) {
            case NAME -> JourneyEntity.NAME;
            case MODIFIED_AT -> JourneyEntity.MODIFIED_ON;
            case STARTS_AT -> JourneyEntity.START;
        };
        return odata.withOrderBy(sortColumn, query.descending()).withOrderBy(JourneyEntity.ID, false);
    }

    @Override
    public Journey get(UUID id) {
        return mapper.toJourney(ofJourney(id, () -> client.retrieve(JourneyEntity.SET, id,
                ODataQuery.select(JourneyEntity.ALL_COLUMNS), DataverseJourney.class)));
    }

    @Override
    public JourneySummary getSummary(UUID id) {
        return mapper.toSummary(ofJourney(id, () -> client.retrieve(JourneyEntity.SET, id,
                ODataQuery.select(JourneyEntity.SUMMARY_COLUMNS), DataverseJourney.class)));
    }

    /**
     * A create-only upsert under the chosen id. Dataverse answers 412 when the id exists: an earlier attempt
     * (the caller's, or the client's own retry after a lost answer) made it, so the existing journey is read
     * and returned as not created. Nothing is ever overwritten.
     */
    @Override
    public CreatedJourney create(UUID id, CreateJourneyRequest journey) {
        try {
            DataverseJourney created = client.createWithId(JourneyEntity.SET, id, mapper.createBody(journey),
                    DataverseJourney.class);
            return new CreatedJourney(mapper.toJourney(created), true);
        } catch (DataverseException e) {
            if (!e.is(412)) {
                throw e;
            }
            log.debug("journey {} exists already (412 on create-only upsert): a repeated create", id);
            return new CreatedJourney(get(id), false);
        }
    }

    @Override
    public Journey update(UUID id, JourneyChanges changes, String ifMatch) {
        return mapper.toJourney(ofJourney(id, () -> client.update(JourneyEntity.SET, id, mapper.updateBody(changes),
                ifMatch, DataverseJourney.class)));
    }

    @Override
    public Journey changeStatus(UUID id, JourneyStatus status, String ifMatch) {
        return mapper.toJourney(ofJourney(id, () -> client.update(JourneyEntity.SET, id, mapper.statusBody(status),
                ifMatch, DataverseJourney.class)));
    }

    @Override
    public void delete(UUID id, String ifMatch) {
        ofJourney(id, () -> {
            client.delete(JourneyEntity.SET, id, ifMatch);
            return null;
        });
    }

    /** Safe to repeat: the check changes nothing, so the client may retry it like a read. */
    @Override
    public ValidationReport validate(Journey journey) {
        return mapper.toReport(client.invokeAction(JourneyEntity.VALIDATE_ACTION, mapper.validateBody(journey),
                ValidateActionResult.class, true));
    }

    /**
     * A call about one journey; Dataverse's 404 means it has no journey with this id. A 404 naming an unknown entity
     * set (0x8006088a: outbound marketing removed from the environment) is no missing journey and stays Dataverse's
     * failure (learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
     */
    private static <T> T ofJourney(UUID id, Supplier<T> call) {
        try {
            return call.get();
        } catch (DataverseException e) {
            if (e.is(404) && !UNKNOWN_ENTITY_SET.equalsIgnoreCase(e.code())) {
                throw new JourneyNotFound(id, e);
            }
            throw e;
        }
    }
}

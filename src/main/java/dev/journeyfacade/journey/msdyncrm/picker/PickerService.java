package dev.journeyfacade.journey.msdyncrm.picker;

import dev.journeyfacade.journey.PickerPage;
import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.DataversePage;
import dev.journeyfacade.dataverse.ODataFilter;
import dev.journeyfacade.dataverse.ODataQuery;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Reads the picker lists from Dataverse: a name search, sorted by name then id so that
 * pages are stable.
 */
@Service
@RequiredArgsConstructor
class PickerService {

	private final DataverseClient client;

	PickerPage<SegmentOption> segments(String q, int pageSize, String pageToken) {
		return page(PickerRows.SEGMENTS, PickerRows.Segment.ID, PickerRows.Segment.NAME, new String[0], q, pageSize,
				pageToken, PickerRows.Segment.class, row -> new SegmentOption(row.id(), row.name()));
	}

	PickerPage<EmailOption> emails(String q, int pageSize, String pageToken) {
		return page(PickerRows.EMAILS, PickerRows.Email.ID, PickerRows.Email.NAME,
				new String[] { PickerRows.Email.SUBJECT }, q, pageSize, pageToken, PickerRows.Email.class,
				row -> new EmailOption(row.id(), row.name(), row.subject()));
	}

	PickerPage<ContentSettingsOption> contentSettings(String q, int pageSize, String pageToken) {
		return page(PickerRows.CONTENT_SETTINGS, PickerRows.ContentSettings.ID, PickerRows.ContentSettings.NAME,
				new String[0], q, pageSize, pageToken, PickerRows.ContentSettings.class,
				row -> new ContentSettingsOption(row.id(), row.name()));
	}

	private <R, T> PickerPage<T> page(String entitySet, String idColumn, String nameColumn, String[] moreColumns,
			String q, int pageSize, String pageToken, Class<R> rowType, Function<R, T> toOption) {
		DataversePage<R> page;
		if (pageToken != null) {
			page = client.nextPage(entitySet, pageToken, pageSize, rowType);
		}
		else {
			String[] columns = new String[2 + moreColumns.length];
			columns[0] = idColumn;
			columns[1] = nameColumn;
			System.arraycopy(moreColumns, 0, columns, 2, moreColumns.length);
			ODataQuery query = ODataQuery.select(columns);
			if (q != null && !q.isBlank()) {
				query = query.withFilter(ODataFilter.contains(nameColumn, q.strip()));
			}
			page = client.list(entitySet, query.withOrderBy(nameColumn, false).withOrderBy(idColumn, false), pageSize,
					rowType);
		}
		return new PickerPage<>(page.items().stream().map(toOption).toList(), page.continuation());
	}

}

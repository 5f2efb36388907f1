package dev.dataverseemulator.entity;

import dev.dataverseemulator.validation.References;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The validation checks' view of which segments, emails and content settings exist: the
 * store's.
 */
@Component
class StoreReferences implements References {

	private final RecordStore store;

	StoreReferences(RecordStore store) {
		this.store = store;
	}

	@Override
	public boolean segmentExists(UUID id) {
		return store.exists(Entities.SEGMENTS.entitySet(), id);
	}

	@Override
	public boolean emailExists(UUID id) {
		return store.exists(Entities.EMAILS.entitySet(), id);
	}

	@Override
	public boolean contentSettingsExists(UUID id) {
		return store.exists(Entities.CONTENT_SETTINGS.entitySet(), id);
	}

}

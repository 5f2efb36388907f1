package dev.dataverseemulator.validation;

import java.util.UUID;

/** Which referenced records exist (the checks run against the emulator's seeded sets). */
public interface References {

	boolean segmentExists(UUID id);

	boolean emailExists(UUID id);

	boolean contentSettingsExists(UUID id);

}

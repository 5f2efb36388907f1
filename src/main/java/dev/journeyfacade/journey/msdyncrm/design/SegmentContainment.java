package dev.journeyfacade.journey.msdyncrm.design;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a segment's members are added to or removed from a segment group. */
@Schema(enumAsRef = true, description = "Whether the segment's members are added to (INCLUDE) or removed from "
		+ "(EXCLUDE) the segment group.", example = "INCLUDE")
public enum SegmentContainment {

	INCLUDE, EXCLUDE

}

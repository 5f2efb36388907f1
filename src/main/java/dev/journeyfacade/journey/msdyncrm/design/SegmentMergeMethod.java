package dev.journeyfacade.journey.msdyncrm.design;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a segment group combines its included segments. */
@Schema(enumAsRef = true, description = "How a segment group combines its included segments: UNION (members of any) or "
		+ "INTERSECT (members of all).", example = "UNION")
public enum SegmentMergeMethod {

	UNION, INTERSECT

}

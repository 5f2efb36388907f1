package dev.journeyfacade.journey.msdyncrm.design;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.StringToClassMapItem;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One tile of a journey design. The {@code type} property names the kind; children hang
 * below their tile ({@code next}, or {@code yes}/{@code no} under a trigger,
 * {@code branches} under a splitter). The kinds and their {@code type} names are
 * {@link TileKind}'s.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@Schema(description = "A tile of the journey design; `type` says which kind.", discriminatorProperty = "type",
		properties = @StringToClassMapItem(key = "type", value = String.class), requiredProperties = "type")
public interface Tile {

}

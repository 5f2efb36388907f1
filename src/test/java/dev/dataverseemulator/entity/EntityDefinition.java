package dev.dataverseemulator.entity;

import dev.dataverseemulator.odata.EdmType;
import dev.dataverseemulator.odata.PropertyTypes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One entity set the emulator serves: its names, attributes, lookups and what sets it
 * apart.
 */
public final class EntityDefinition implements PropertyTypes {

	/** What sets an entity set apart from a plain table. */
	public enum Trait {

		/**
		 * Reads and writes are checked against the caller's privileges (the journey
		 * tables).
		 */
		SECURED,
		/**
		 * Part of outbound marketing: gone when the emulator's outbound switch is off.
		 */
		OUTBOUND_MARKETING,
		/**
		 * Created through an action only; the emulator emulates no POST or PATCH on it.
		 */
		CREATED_BY_ACTION

	}

	private final String entitySet;

	private final String logicalName;

	private final String primaryKey;

	private final String primaryName;

	private final Set<Trait> traits;

	private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();

	private final Map<String, LookupDefinition> lookups = new LinkedHashMap<>();

	EntityDefinition(String entitySet, String logicalName, String primaryKey, String primaryName,
			List<FieldDefinition> fields, List<LookupDefinition> lookups, Trait... traits) {
		this.entitySet = entitySet;
		this.logicalName = logicalName;
		this.primaryKey = primaryKey;
		this.primaryName = primaryName;
		this.traits = traits.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(traits[0], traits));
		fields.forEach(f -> this.fields.put(f.name(), f));
		lookups.forEach(l -> this.lookups.put(l.navigation(), l));
	}

	public boolean has(Trait trait) {
		return traits.contains(trait);
	}

	/**
	 * The attribute that names a record (Dataverse's PrimaryNameAttribute), the formatted
	 * value of lookups to it.
	 */
	public String primaryName() {
		return primaryName;
	}

	public String entitySet() {
		return entitySet;
	}

	@Override
	public String logicalName() {
		return logicalName;
	}

	@Override
	public String primaryKey() {
		return primaryKey;
	}

	public Optional<FieldDefinition> field(String name) {
		return Optional.ofNullable(fields.get(name));
	}

	/**
	 * The lookup of a navigation property, matched case-sensitively as Dataverse does.
	 */
	public Optional<LookupDefinition> lookup(String navigation) {
		return Optional.ofNullable(lookups.get(navigation));
	}

	public List<LookupDefinition> lookups() {
		return List.copyOf(lookups.values());
	}

	/** The lookup read as this attribute ({@code _x_value}), if it is one. */
	public Optional<LookupDefinition> lookupByValueAttribute(String attribute) {
		return lookups.values().stream().filter(l -> l.valueAttribute().equals(attribute)).findFirst();
	}

	/**
	 * Every readable attribute in output order: the fields, then the lookups'
	 * {@code _x_value} attributes.
	 */
	public List<String> readableAttributes() {
		List<String> names = new ArrayList<>(fields.keySet());
		lookups.values().forEach(l -> names.add(l.valueAttribute()));
		return names;
	}

	@Override
	public Optional<EdmType> typeOf(String property) {
		FieldDefinition field = fields.get(property);
		if (field != null) {
			return Optional.of(field.type());
		}
		return lookupByValueAttribute(property).map(l -> EdmType.GUID);
	}

	@Override
	public String toString() {
		return entitySet;
	}

}

package dev.dataverseemulator.entity;

import dev.dataverseemulator.odata.EdmType;
import dev.dataverseemulator.odata.PropertyTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entity set the emulator serves: its names, attributes and lookups. */
public final class EntityDefinition implements PropertyTypes {

    private final String entitySet;
    private final String logicalName;
    private final String primaryKey;
    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
    private final Map<String, LookupDefinition> lookups = new LinkedHashMap<>();

    EntityDefinition(String entitySet, String logicalName, String primaryKey, List<FieldDefinition> fields,
                     List<LookupDefinition> lookups) {
        this.entitySet = entitySet;
        this.logicalName = logicalName;
        this.primaryKey = primaryKey;
        fields.forEach(f -> this.fields.put(f.name(), f));
        lookups.forEach(l -> this.lookups.put(l.navigation(), l));
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

    /** The lookup of a navigation property, matched case-sensitively as Dataverse does. */
    public Optional<LookupDefinition> lookup(String navigation) {
        return Optional.ofNullable(lookups.get(navigation));
    }

    public List<LookupDefinition> lookups() {
        return List.copyOf(lookups.values());
    }

    /** Every readable attribute in output order: the fields, then the lookups' {@code _x_value} attributes. */
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
        return lookups.values().stream().filter(l -> l.valueAttribute().equals(property)).findFirst().map(l -> EdmType.GUID);
    }

    @Override
    public String toString() {
        return entitySet;
    }
}

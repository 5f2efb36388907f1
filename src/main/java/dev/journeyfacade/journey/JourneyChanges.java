package dev.journeyfacade.journey;

import java.util.Set;

/**
 * A validated update: the new values and which fields the caller sent. A field in {@link #fields()} whose
 * value is null is to be cleared; a field not in it stays unchanged.
 */
public record JourneyChanges(UpdateJourneyRequest values, Set<Field> fields) {

    public JourneyChanges {
        fields = Set.copyOf(fields);
    }

    public boolean has(Field field) {
        return fields.contains(field);
    }

    /** The fields an update may change, by their API name. */
    public enum Field {
        NAME("name"), TYPE("type"), TARGET("target"), REQUIRED_CONSENT("requiredConsent"), STARTS_AT("startsAt"),
        ENDS_AT("endsAt"), RECURRENCE("recurrence"), TIME_ZONE("timeZone"),
        SUPPRESSION_SEGMENT_ID("suppressionSegmentId"), CONTENT_SETTINGS_ID("contentSettingsId"), OWNER_ID("ownerId"),
        /** The design as the backend models it; the backend writes it in its own format. */
        DESIGN("design"),
        WORKFLOW_DEFINITION("workflowDefinition"), DESIGNER_STATE("designerState");

        private final String apiName;

        Field(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }

        static Field ofApiName(String name) {
            for (Field field : values()) {
                if (field.apiName.equals(name)) {
                    return field;
                }
            }
            return null;
        }
    }
}

package dev.leakcheck.json;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.field.IncidentEditor;
import dev.leakcheck.model.field.IncidentField;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps Jackson's tree of the input onto the fact model, checking everything the model would refuse first,
 * so that each mistake is reported with its field path and location rather than as a bare
 * IllegalArgumentException.
 */
final class IncidentReader {

    private IncidentReader() {
    }

    static Incident read(JsonInput input) {
        FieldReader in = FieldReader.of(input.tree(), FieldPath.ROOT, input, IncidentFields.INCIDENT);
        String id = in.requiredText("id");
        IncidentType type = in.requiredChoice("type", IncidentType.class);
        refuseFieldsOfOtherTypes(in, type);
        Optional<FieldReader> discovery = in.block("discovery", IncidentFields.DISCOVERY);
        Optional<ZonedDateTime> awareAt = discovery.flatMap(d -> d.dateTime("awareAt"));
        discovery.ifPresent(d -> refuseReportableBeforeAwareness(d, awareAt));
        refuseOccurrenceAfterAwareness(in, in.dateTime("occurredAt"), awareAt);
        try {
            Incident incident = Incident.builder(id, type).build();
            // The discovery first: the model checks the other dates against it.
            if (discovery.isPresent()) {
                incident = object(discovery.get(), "discovery.", -1, incident);
            }
            incident = object(in, "", -1, incident);
            for (FieldReader asset : in.blocks("assets", IncidentFields.ASSET).orElse(List.of())) {
                incident = IncidentEditor.withNewAsset(incident);
                incident = object(asset, "assets[].", incident.assets().size() - 1, incident);
            }
            return incident;
        } catch (IllegalArgumentException e) {
            // The checks above cover what the model refuses; this guard keeps a future rule from crashing the tool.
            throw InputErrors.inconsistent(e.getMessage());
        }
    }

    /**
     * Reads one object of the incident by the field registry: the fields directly under {@code prefix},
     * then each group below it ({@code personal}, {@code lost}, ...) as an object of its own. The
     * discovery and the assets are read by the caller.
     */
    private static Incident object(FieldReader in, String prefix, int asset, Incident incident) {
        Set<String> groups = new LinkedHashSet<>();
        for (IncidentField field : IncidentField.values()) {
            String template = field.template();
            if (!template.startsWith(prefix)) {
                continue;
            }
            String name = template.substring(prefix.length());
            int dot = name.indexOf('.');
            if (dot >= 0) {
                groups.add(name.substring(0, dot));
                continue;
            }
            Optional<?> value = in.value(name, field.kind(), field.choiceType());
            if (value.isPresent()) {
                incident = IncidentEditor.apply(incident, field.at(asset), value.get());
            }
        }
        for (String group : groups) {
            if (group.equals("assets[]") || group.equals("discovery")) {
                continue;
            }
            Optional<FieldReader> block = in.block(group, IncidentFields.under(prefix + group + "."));
            if (block.isPresent()) {
                incident = object(block.get(), prefix + group + ".", asset, IncidentEditor.holding(incident, group));
            }
        }
        return incident;
    }

    /**
     * Reads an organisation profile: an object with the fields of an incident's {@code organisation}
     * ({@code kind}, {@code sectors}, ...), each mistake named as {@code organisation.<field>}.
     */
    static dev.leakcheck.model.Organisation organisation(JsonInput input) {
        FieldReader in = FieldReader.of(input.tree(), FieldPath.ROOT.field("organisation"), input,
                IncidentFields.under("organisation."));
        try {
            Incident holder = IncidentEditor.holding(Incident.builder("organisation", IncidentType.MISSENT_OR_MISPUBLISHED)
                    .build(), "organisation");
            holder = object(in, "organisation.", -1, holder);
            return holder.organisation().orElse(dev.leakcheck.model.Organisation.UNKNOWN);
        } catch (IllegalArgumentException e) {
            throw InputErrors.inconsistent(e.getMessage());
        }
    }

    private static void refuseFieldsOfOtherTypes(FieldReader in, IncidentType type) {
        for (String name : IncidentFields.INCIDENT) {
            IncidentType owner = IncidentFields.OWNED_BY_TYPE.get(name);
            if (owner != null && owner != type && in.has(name)) {
                throw InputErrors.belongsToOtherType(in.path(name), in.nameAt(name),
                        owner.name(), type.name());
            }
        }
    }

    private static void refuseOccurrenceAfterAwareness(FieldReader in, Optional<ZonedDateTime> occurredAt,
            Optional<ZonedDateTime> awareAt) {
        if (occurredAt.isPresent() && awareAt.isPresent() && occurredAt.get().isAfter(awareAt.get())) {
            throw InputErrors.occurredAfterAwareness(in.path("occurredAt"), in.valueAt("occurredAt"));
        }
    }

    private static void refuseReportableBeforeAwareness(FieldReader in, Optional<ZonedDateTime> awareAt) {
        Optional<ZonedDateTime> reportable = in.dateTime("reportableAwareAt");
        if (reportable.isPresent() && awareAt.isPresent() && reportable.get().isBefore(awareAt.get())) {
            throw InputErrors.reportableBeforeAwareness(in.path("reportableAwareAt"), in.valueAt("reportableAwareAt"));
        }
    }
}

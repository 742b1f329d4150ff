package dev.leakcheck.cli;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.model.Organisation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --organisation FILE}: the organisation's profile (its kind, sectors, delegated report
 * recipient, EU establishment), set once instead of answered for every incident, as an embedding
 * application sets it with {@code LeakcheckEngine.withOrganisation}. The file is an object shaped like
 * an incident's {@code organisation}; an incident's own known parts win. For {@code plan},
 * {@code interview} and {@code report}.
 */
final class OrganisationOption {

    @Option(names = "--organisation", paramLabel = "FILE")
    private Path file;

    /** The planner with the profile applied, or the planner itself without the option. */
    Planner applyTo(Planner planner) {
        if (file == null) {
            return planner;
        }
        Organisation profile = IncidentJson.readOrganisation(file);
        return planner.withOrganisation(profile);
    }
}

package dev.leakcheck.cli;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.json.PlanJson;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leakcheck plan INCIDENT.json}: the response plan for an incident, as JSON on stdout. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INCIDENT.json", descriptionKey = "incident")
    private Path incidentFile;

    @Mixin(name = LanguageOption.MIXIN_NAME)
    private LanguageOption language;

    @Mixin
    private RulesOption rules;

    @Mixin
    private OrganisationOption organisation;

    @Spec
    private CommandSpec spec;

    private final Planner planner;

    PlanCommand(Planner planner) {
        this.planner = planner;
    }

    @Override
    public Integer call() {
        // The engine is built while the input is read; a mistake in the input is still reported
        // without waiting for it.
        planner.prepare();
        Incident incident = IncidentJson.read(incidentFile);
        Plan plan = organisation.applyTo(rules.planner(planner)).plan(incident);
        spec.commandLine().getOut().print(PlanJson.write(plan, language.language()));
        return ExitStatus.DONE;
    }
}

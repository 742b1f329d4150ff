package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.rules.RulesDefinitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the rule resources (DRL and {@code *.drl.xlsx} decision tables) into one KieBase.
 * A KieBase is immutable once built and safe to share between threads; each evaluation opens
 * its own session on it.
 */
public final class RuleBase {

    /** Where the resources sit in the KieModule; the file names in messages come from it. */
    static final String SOURCE_PATH = "src/main/resources/dev/leakcheck/rules/";

    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleBase() {
    }

    /**
     * @param resources rule resources by name ({@code checklist-missent.drl.xlsx} → bytes)
     * @throws RulesDefinitionException naming the resource when a rule does not compile
     */
    public static KieBase compile(Map<String, byte[]> resources) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // A fresh release id per build, removed from the repository afterwards, so that rebuilding
        // never returns a stale module and never keeps old ones alive.
        ReleaseId releaseId = services.newReleaseId("dev.leakcheck", "leakcheck-rules-runtime",
                "1.0." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(releaseId);
        resources.forEach((name, bytes) -> {
            Resource resource = services.getResources().newByteArrayResource(bytes)
                    .setSourcePath(SOURCE_PATH + name)
                    .setResourceType(name.endsWith(".xlsx") ? ResourceType.DTABLE : ResourceType.DRL);
            files.write(resource);
        });
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(describe(message));
        }
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RulesDefinitionException(errors);
        }
        KieContainer container = services.newKieContainer(releaseId);
        try {
            // Immutable: no rule is ever added to a built KieBase, so it need not track its sessions.
            KieBaseConfiguration configuration = services.newKieBaseConfiguration();
            configuration.setOption(KieBaseMutabilityOption.DISABLED);
            return container.newKieBase(configuration);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    static String describe(Message message) {
        String path = message.getPath() == null ? "" : message.getPath().replaceFirst(".*/", "");
        return path + (message.getLine() > 0 ? ":" + message.getLine() : "") + ": " + message.getText().strip();
    }
}

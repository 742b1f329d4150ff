package dev.leakcheck.cli;

import dev.leakcheck.rules.GeneratedDrl;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code leakcheck dump-drl [--rules DIR]}: the DRL Drools generates from the tables, for review. */
@Command(name = "dump-drl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "決定表から生成される DRL（ルールのプログラム）を表示します。編集の確認に使います。",
            "Prints the DRL generated from the decision tables, to review an edit."})
final class DumpDrlCommand implements Callable<Integer> {

    @Mixin
    private RulesOption rules;

    @Mixin(name = LanguageOption.MIXIN_NAME)
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String drl = rules.given() ? GeneratedDrl.withEdits(rules.directory(), rules.trustCode()) : GeneratedDrl.bundled();
        spec.commandLine().getOut().print(drl);
        return ExitStatus.DONE;
    }
}

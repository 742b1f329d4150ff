package dev.leakcheck.cli;

import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option, mixed into every command (and the tool itself). The help and the error
 * messages follow it too, so that someone working in English gets English throughout.
 */
final class LanguageOption {

    /** The name the option is mixed in under. */
    static final String MIXIN_NAME = "language";

    /** The option's name; the tool reads it from the command line before parsing, for the help's language. */
    static final String NAME = "--lang";

    @Option(names = NAME, paramLabel = "ja|en", converter = Converter.class, defaultValue = "ja", descriptionKey = "lang")
    private Language language = Language.JA;

    Language language() {
        return language;
    }

    static final class Converter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue(value, Text.of("ja か en を指定してください", "use ja or en"));
            }
        }
    }
}

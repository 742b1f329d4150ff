package dev.leakcheck.cli;

import dev.leakcheck.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lang} option, mixed into every command that prints texts for a person. Error
 * messages follow it too, so that someone working in English gets English throughout.
 */
final class LanguageOption {

    /** The name the option is mixed in under; the error reporter looks it up by this name. */
    static final String MIXIN_NAME = "language";

    @Option(names = "--lang", paramLabel = "ja|en", converter = Converter.class, defaultValue = "ja",
            description = {"出力の言語 (既定: ja)", "Language of the output (default: ja)."})
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
                throw new TypeConversionException(
                        "'" + value + "': ja か en を指定してください / use ja or en");
            }
        }
    }
}

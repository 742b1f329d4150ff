package dev.leakcheck.json;

import dev.leakcheck.model.Text;
import java.util.List;
import java.util.Optional;

/**
 * Every message the reader gives, in one place so that the wording stays consistent. Japanese
 * first; each message says what is wrong and what would be right.
 */
final class InputErrors {

    private static final int MAX_ECHO = 40;

    private InputErrors() {
    }

    static InputException unknownField(FieldPath object, String name, Location at, List<String> allowed) {
        Optional<String> meant = Spelling.closest(name, allowed);
        String list = String.join(", ", allowed);
        return new InputException(object.field(name), at, Text.of(
                "不明な項目です" + meantJa(meant) + "。ここで使える項目: " + list,
                "unknown field" + meantEn(meant) + "; allowed here: " + list));
    }

    static InputException duplicateField(FieldPath path, Location location) {
        return new InputException(path, location, Text.of(
                "同じ項目が2回以上書かれています",
                "the field is written more than once"));
    }

    static InputException wrongKind(FieldPath path, Location at, JsonKind found, JsonKind expected) {
        return new InputException(path, at, Text.of(
                expected.text().ja() + "を指定してください (書かれているのは" + found.text().ja() + ")",
                "expected " + expected.text().en() + ", found " + found.text().en()));
    }

    static InputException notAllowed(FieldPath path, Location at, String given, List<String> allowed) {
        Optional<String> meant = Spelling.closest(given, allowed);
        String list = String.join(", ", allowed);
        return new InputException(path, at, Text.of(
                echo(given) + " は使えない値です" + meantJa(meant) + "。使える値: " + list,
                echo(given) + " is not an allowed value" + meantEn(meant) + "; allowed: " + list));
    }

    static InputException numberOutOfRange(FieldPath path, Location location, String given) {
        return new InputException(path, location, Text.of(
                "数値 " + shorten(given) + " は大きすぎるか小さすぎて読めません",
                "the number " + shorten(given) + " is too large or too small to read"));
    }

    static InputException notCount(FieldPath path, Location at, String given) {
        return new InputException(path, at, Text.of(
                "0 以上の整数を指定してください (書かれている値: " + shorten(given) + ")",
                "expected a whole number of 0 or more, found " + shorten(given)));
    }

    static InputException notDateTime(FieldPath path, Location at, String given) {
        return new InputException(path, at, Text.of(
                echo(given) + " を日時として読めません。ISO-8601 で書いてください"
                        + " (例: 2026-12-01T10:00:00+09:00。時差を省くと日本時間)",
                "cannot read " + echo(given) + " as a date-time; write ISO-8601,"
                        + " e.g. 2026-12-01T10:00:00+09:00 (without an offset it is read as Japan time)"));
    }

    static InputException yearOutOfRange(FieldPath path, Location at, String given, int min, int max) {
        return new InputException(path, at, Text.of(
                echo(given) + " の年が範囲外です。年は " + min + " から " + max + " までにしてください",
                echo(given) + " has a year out of range; the year must be from " + min + " to " + max));
    }

    static InputException belongsToOtherType(FieldPath path, Location location, String owner, String actual) {
        return new InputException(path, location, Text.of(
                owner + " の事案にだけ書ける項目です (この事案は " + actual + ")",
                "belongs to " + owner + " incidents only; this incident is " + actual));
    }

    static InputException occurredAfterAwareness(FieldPath path, Location at) {
        return new InputException(path, at, Text.of(
                "発生日時が発覚日時 (discovery.awareAt) より後になっています",
                "must not be after discovery.awareAt"));
    }

    static InputException reportableBeforeAwareness(FieldPath path, Location at) {
        return new InputException(path, at, Text.of(
                "報告対象の事態を知った日時が、気づいた日時 (discovery.awareAt) より前になっています",
                "must not be before discovery.awareAt"));
    }

    static InputException missing(FieldPath path) {
        return new InputException(path, null, Text.of("必須の項目がありません", "required field is missing"));
    }

    static InputException missing(FieldPath path, List<String> allowed) {
        String list = String.join(", ", allowed);
        return new InputException(path, null, Text.of(
                "必須の項目がありません。使える値: " + list,
                "required field is missing; allowed: " + list));
    }

    static InputException blank(FieldPath path, Location at) {
        return new InputException(path, at, Text.of("空にはできません", "must not be blank"));
    }

    static InputException empty() {
        return new InputException(FieldPath.ROOT, null, Text.of(
                "入力が空です。事案を JSON オブジェクト ({…}) で書いてください",
                "the input is empty; expected an incident as a JSON object ({…})"));
    }

    static InputException syntax(Location location, String parserMessage) {
        String detail = parserMessage.replaceAll("\\s+", " ").strip();
        return new InputException(FieldPath.ROOT, location, Text.of(
                "JSON の構文が正しくありません: " + detail,
                "invalid JSON syntax: " + detail));
    }

    static InputException trailingContent(Location location) {
        return new InputException(FieldPath.ROOT, location, Text.of(
                "事案の JSON オブジェクトの後に余分な内容があります",
                "unexpected content after the incident's JSON object"));
    }

    /** A last guard: the model refused a combination the reader did not check for. */
    static InputException inconsistent(String modelMessage) {
        return new InputException(FieldPath.ROOT, null, Text.of(
                "事案の内容に矛盾があります: " + modelMessage,
                "the incident is inconsistent: " + modelMessage));
    }

    /** Past one of the reader's limits: the field is named, and the limit given. */
    static InputException overLimit(FieldPath path, Location location, IncidentLimit limit) {
        return new InputException(path, location, limit.refusal());
    }

    /** An input larger than the reader takes, refused before it is read. */
    static InputException tooLarge(String file) {
        return InputException.ofSource(file, null, IncidentLimit.INPUT_BYTES.refusal(), null);
    }

    static InputException notRegularFile(String file) {
        return InputException.ofSource(file, null, Text.of(
                "通常のファイルではありません（デバイスや名前付きパイプなどは読みません）",
                "is not a regular file (devices, named pipes and the like are not read)"), null);
    }

    static InputException fileNotFound(String file, Throwable cause) {
        return InputException.ofSource(file, null, Text.of("ファイルが見つかりません", "file not found"), cause);
    }

    static InputException notAFile(String file) {
        return InputException.ofSource(file, null,
                Text.of("ファイルではなくディレクトリです", "is a directory, not a file"), null);
    }

    static InputException unreadable(String file, Throwable cause) {
        String reason = cause.getClass().getSimpleName();
        return InputException.ofSource(file, null,
                Text.of("ファイルを読めません (" + reason + ")", "cannot read the file (" + reason + ")"), cause);
    }

    private static String meantJa(Optional<String> meant) {
        return meant.map(m -> " (「" + m + "」の誤りではありませんか)").orElse("");
    }

    private static String meantEn(Optional<String> meant) {
        return meant.map(m -> " (did you mean \"" + m + "\"?)").orElse("");
    }

    /** The wrong value, quoted and cut short: it is echoed to the terminal, not stored. */
    private static String echo(String given) {
        return "\"" + shorten(given) + "\"";
    }

    private static String shorten(String given) {
        return given.length() <= MAX_ECHO ? given : given.substring(0, MAX_ECHO) + "…";
    }
}

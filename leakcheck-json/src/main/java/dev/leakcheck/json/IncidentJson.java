package dev.leakcheck.json;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Organisation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The incident in JSON, as docs/json-contract.md defines it: a strict reader and a faithful writer.
 *
 * <p>The reader refuses anything it does not understand, because a typo such as {@code sensitve}
 * that were silently ignored would leave a fact unknown and change the plan; and anything past its
 * {@linkplain IncidentLimit limits}, before the memory it would take is spent. Each mistake is one
 * {@link InputException} naming the field, what is allowed and where it is in the text. A field
 * that is absent or {@code null} is unknown, never false.
 */
public final class IncidentJson {

    private IncidentJson() {
    }

    /** Reads an incident from a JSON file (UTF-8; UTF-16 and UTF-32 are detected too). */
    public static Incident read(Path file) {
        String name = file.toString();
        try {
            return parse(bytesOf(file, name));
        } catch (InputException e) {
            throw e.from(name);
        }
    }

    /**
     * Reads an organisation profile from a JSON file: an object shaped like an incident's {@code
     * organisation} ({@code {"kind": "BUSINESS", "sectors": []}}), read as strictly and within the same
     * limits as an incident. An application sets it once for its engine; an incident's own parts win.
     */
    public static Organisation readOrganisation(Path file) {
        String name = file.toString();
        try {
            return IncidentReader.organisation(JsonInput.of(bytesOf(file, name)));
        } catch (InputException e) {
            throw e.from(name);
        }
    }

    /** Reads an organisation profile from JSON text (see {@link #readOrganisation(Path)}). */
    public static Organisation parseOrganisation(String json) {
        return IncidentReader.organisation(JsonInput.of(json));
    }

    /** Reads an incident from JSON text. */
    public static Incident parse(String json) {
        return IncidentReader.read(JsonInput.of(json));
    }

    /**
     * Writes the incident as pretty JSON: fields in the spec's order, unknown facts left out,
     * "\n" line endings and a trailing newline. {@link #parse} of the result gives an equal incident.
     */
    public static String write(Incident incident) {
        return IncidentWriter.write(incident);
    }

    private static Incident parse(byte[] json) {
        return IncidentReader.read(JsonInput.of(json));
    }

    /**
     * The file's bytes, within the size limit: only a regular file is read (a device or a named pipe
     * could give bytes without end, or none ever), and its size is checked before it is read. It is read
     * with a bound all the same, in case it grows meanwhile.
     */
    private static byte[] bytesOf(Path file, String name) {
        int max = IncidentLimit.INPUT_BYTES.max();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw InputErrors.notAFile(name);
            }
            if (!attributes.isRegularFile()) {
                throw InputErrors.notRegularFile(name);
            }
            if (IncidentLimit.INPUT_BYTES.exceededBy(attributes.size())) {
                throw InputErrors.tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(max + 1);
                if (IncidentLimit.INPUT_BYTES.exceededBy(bytes.length)) {
                    throw InputErrors.tooLarge(name);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw InputErrors.fileNotFound(name, e);
        } catch (IOException e) {
            throw InputErrors.unreadable(name, e);
        }
    }
}

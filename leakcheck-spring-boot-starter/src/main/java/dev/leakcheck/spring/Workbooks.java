package dev.leakcheck.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 digests of workbooks: the bundled ones, and those of a folder that replace them. */
public final class Workbooks {

    /** The workbooks bundled in leakcheck-rules, under {@code dev/leakcheck/rules/}. */
    public static final List<String> BUNDLED = List.of("catalogue.xlsx", "calendar.xlsx",
            "checklist-missent.drl.xlsx", "checklist-lost.drl.xlsx", "checklist-attack.drl.xlsx",
            "checklist-insider.drl.xlsx", "ppc-duty.drl.xlsx", "deadlines.drl.xlsx");

    private Workbooks() {
    }

    /**
     * The digests of the bundled workbooks.
     *
     * @return SHA-256 (hex) by file name
     */
    public static SortedMap<String, String> bundled() {
        SortedMap<String, String> digests = new TreeMap<>();
        for (String name : BUNDLED) {
            try (InputStream in = Workbooks.class.getResourceAsStream("/dev/leakcheck/rules/" + name)) {
                if (in != null) {
                    digests.put(name, sha256(in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return digests;
    }

    /**
     * The digests of the workbooks in force when {@code directory} replaces the bundled ones file by file.
     *
     * @param directory the folder of edited workbooks
     * @return SHA-256 (hex) by file name
     */
    public static SortedMap<String, String> inForce(Path directory) {
        SortedMap<String, String> digests = bundled();
        digests.putAll(of(directory));
        return digests;
    }

    /**
     * The digests of the {@code *.xlsx} files of a folder (not of its subfolders).
     *
     * @param directory the folder
     * @return SHA-256 (hex) by file name; empty when the folder cannot be read
     */
    public static SortedMap<String, String> of(Path directory) {
        SortedMap<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).toList()) {
                if (Files.isRegularFile(file)) {
                    digests.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            // A folder being rewritten: the next check sees it whole.
        }
        return digests;
    }

    /**
     * The SHA-256 of bytes, in lower-case hex.
     *
     * @param bytes the bytes
     * @return 64 hex digits
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

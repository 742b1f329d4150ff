package dev.leakcheck.spring.api;

import dev.leakcheck.model.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded workbooks in a private temporary folder, named as uploaded, for the engine to read as it reads
 * any folder of edited workbooks (with every guard: size, zip bomb, XXE, formulas). The folder is
 * deleted on {@link #close()}.
 */
public final class UploadedWorkbooks implements AutoCloseable {

    /** A workbook's name: letters, digits, dot, hyphen, underscore, ending in .xlsx; no folder. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,95}\\.xlsx");

    private final Path directory;
    private final Map<String, byte[]> files;

    private UploadedWorkbooks(Path directory, Map<String, byte[]> files) {
        this.directory = directory;
        this.files = files;
    }

    /**
     * Writes the uploaded files to a new temporary folder.
     *
     * @param uploads the files
     * @return the folder
     * @throws ApiException 400 when there is none, a name is not a workbook's or comes twice
     */
    public static UploadedWorkbooks of(List<MultipartFile> uploads) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
            if (!NAME.matcher(name).matches()) {
                throw refused("WORKBOOK_NAME", Text.of(
                        "ブックの名前は英数字・「.」「-」「_」で .xlsx で終わるものにしてください（フォルダーは含めない）",
                        "a workbook's name is letters, digits, '.', '-' or '_' and ends in .xlsx, without a folder"));
            }
            try {
                if (files.put(name, upload.getBytes()) != null) {
                    throw refused("WORKBOOK_TWICE", Text.of("同じ名前のブックが二つあります: " + name,
                            "two workbooks of the same name: " + name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(files);
    }

    /**
     * Writes workbooks (for example stored ones) to a new temporary folder.
     *
     * @param files the bytes by file name
     * @return the folder
     */
    public static UploadedWorkbooks of(Map<String, byte[]> files) {
        if (files.isEmpty()) {
            throw refused("NO_WORKBOOK", Text.of("ブックがありません。.xlsx のファイルを付けてください",
                    "no workbook: attach the .xlsx files"));
        }
        try {
            Path directory = Files.createTempDirectory("leakcheck-upload-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(directory.resolve(file.getKey()), file.getValue());
            }
            return new UploadedWorkbooks(directory, Map.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException refused(String code, Text text) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, text);
    }

    /** @return the folder */
    public Path directory() {
        return directory;
    }

    /** @return the bytes by file name, as uploaded */
    public Map<String, byte[]> files() {
        return files;
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is removed with the others by the system.
        }
    }
}

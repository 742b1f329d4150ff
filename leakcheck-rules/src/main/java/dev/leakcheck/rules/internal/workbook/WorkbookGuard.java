package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.RulesDefinitionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a workbook from outside the jar before POI or Drools open it: an xlsx is a zip archive,
 * and a hostile or broken one (a "zip bomb" that inflates to gigabytes) must be refused with a
 * clear message. The check inflates the archive itself, counting, so POI's JVM-wide settings are
 * left as other users of POI in the same application set them.
 */
final class WorkbookGuard {

    /** The bundled workbooks are 12–30 KB; one saved by Excel with styles and a few hundred rows stays under 1 MB. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** All parts inflated together; the bundled ones inflate to at most 120 KB. */
    static final long MAX_INFLATED_BYTES = 16L * 1024 * 1024;
    /** One part (a sheet's XML, the shared strings) inflated: what POI holds in memory at once. */
    static final long MAX_PART_BYTES = 8L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    /** Small entries compress well without being bombs; the ratio is judged only past this size. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private WorkbookGuard() {
    }

    static void check(String file, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw refused(file, "xlsx 形式ではありません。Excel で「Excel ブック (*.xlsx)」として保存してください",
                    "not an xlsx workbook; save it as an Excel Workbook (*.xlsx)");
        }
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                long inflated = inflate(zip, buffer, Math.min(MAX_PART_BYTES, MAX_INFLATED_BYTES - total));
                total += inflated;
                long compressed = Math.max(1, entry.getCompressedSize());
                if (inflated > RATIO_GRACE_BYTES && entry.getCompressedSize() > 0 && inflated / compressed > MAX_RATIO) {
                    throw bomb(file);
                }
            }
        } catch (InflationLimit e) {
            throw bomb(file);
        } catch (IOException e) {
            throw refused(file, "xlsx として読めません（壊れているか、別の形式です）",
                    "cannot be read as xlsx (damaged or another format)");
        }
    }

    private static long inflate(InputStream in, byte[] buffer, long budget) throws IOException {
        long count = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            count += n;
            if (count > budget) {
                throw new InflationLimit();
            }
        }
        return count;
    }

    /** Thrown while inflating past the budget; turned into the bomb message. */
    private static final class InflationLimit extends IOException {
        private static final long serialVersionUID = 1L;
    }

    static RulesDefinitionException tooLarge(String file, long size) {
        return refused(file, "ファイルが大きすぎます（" + size / 1024 + " KB、上限 " + MAX_FILE_BYTES / 1024 / 1024
                + " MB）", "the file is too large (" + size / 1024 + " KB; the limit is " + MAX_FILE_BYTES / 1024 / 1024 + " MB)");
    }

    private static RulesDefinitionException bomb(String file) {
        return refused(file, "展開すると極端に大きくなるため読み込みません（zip 爆弾の疑い）",
                "refused: it inflates to an unreasonable size (suspected zip bomb)");
    }

    private static RulesDefinitionException refused(String file, String ja, String en) {
        return new RulesDefinitionException(file + ": " + ja + " / " + en);
    }
}

package dev.leakcheck.rules.internal.workbook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The workbooks this process has read, by their content: the same bytes always read the same, and
 * reading an xlsx with POI is the dearest step of taking edited tables in (each way in reads the
 * edited workbook and its bundled counterpart: {@code validate}, the engine, the reloadable engine;
 * a reload finds mostly unchanged files). docs/PERFORMANCE.md, "Reading the workbooks", has the
 * measurement.
 *
 * <p>Bounded: the {@value #CAPACITY} workbooks read last, keyed by file name, what is read of it (a
 * decision table, or which data sheets) and the SHA-256 of the bytes. Only what was read without a
 * problem is kept: a refused workbook is read again, and refused again, each time. What is kept is
 * immutable once read.
 */
final class ReadWorkbooks {

    /** The bundled workbooks number ten; a few more leave room for the edited ones. */
    static final int CAPACITY = 16;

    private record Key(String file, String what, String digest) {
    }

    private static final Map<Key, Object> READ = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    private ReadWorkbooks() {
    }

    /**
     * What {@code reader} reads of these bytes, read once while it is among the last read.
     *
     * @param file   the workbook's file name (messages name it)
     * @param what   what {@code reader} reads of the workbook: the readers of one file never share an entry
     * @param bytes  the workbook
     * @param reader reads it; its exceptions pass through and nothing is kept
     */
    @SuppressWarnings("unchecked")
    static <T> T read(String file, String what, byte[] bytes, Supplier<T> reader) {
        Key key = new Key(file, what, digest(bytes));
        synchronized (READ) {
            Object read = READ.get(key);
            if (read != null) {
                return (T) read;
            }
        }
        // Read outside the lock: two threads reading the same new workbook read it twice, once each.
        T read = reader.get();
        synchronized (READ) {
            READ.put(key, read);
        }
        return read;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }
}

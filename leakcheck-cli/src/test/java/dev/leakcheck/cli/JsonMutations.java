package dev.leakcheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of a valid incident's JSON, for fuzzing the reader and the tool: keys deleted and
 * duplicated, values of the wrong type, random strings where codes belong, odd numbers and dates,
 * and then the bytes themselves: bits flipped, cut short, bytes inserted or dropped, other encodings.
 */
final class JsonMutations {

    /** One mutated input and what was done to it. */
    record Mutation(String what, byte[] bytes) {
        @Override
        public String toString() {
            return what + ": " + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", " ", "email", "EMAIL ", " EMAIL", "ＥＭＡＩＬ", "Email", "null", "true",
        "0", "-1", "YES", "はい", "不明", "MISSENT_OR_MISPUBLISHED", "LOST_OR_STOLEN", "OTHER", "\u0000", "\t", "\n",
        "\uD83D\uDD10", "\uD800", "'", "\"", "\\", "<script>", "${jndi:x}", "%s%n", "A".repeat(5000),
        "2026-02-30T10:00:00+09:00", "2026-12-01T10:00:00", "2026-12-01", "2026-12-01T10:00:00+25:00",
        "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-12-01T10:00:00.123456789+09:00[Asia/Tokyo]",
        "2026-12-01T10:00Z", "T", "2026-W48-2", "0001-01-01T00:00:00+09:00", "9999-12-31T23:59:59+09:00",
        "9999-12-31T23:59:59-18:00", "0001-01-01T00:00:00+18:00", "2027-12-31T10:00:00+09:00", "2016-01-01T00:00:00Z"};
    private static final String[] NUMBERS = {"0", "-0", "0.0", "1.0", "1e3", "1E+3", "-1", "12.5", "2147483647",
        "2147483648", "-2147483649", "99999999999999999999999", "1e400", "-1e-400", "00012", "1200",
        "99E999999999999", "-1E-999999999999", "1e2147483648"};

    private final Random random;

    JsonMutations(Random random) {
        this.random = random;
    }

    Mutation mutate(String json) {
        StringBuilder what = new StringBuilder();
        byte[] bytes;
        try {
            JsonNode tree = JSON.readTree(json);
            String text = json;
            int structural = random.nextInt(4);
            for (int i = 0; i < structural; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> deleteKey(tree, what);
                    case 1 -> wrongType(tree, what);
                    case 2 -> randomString(tree, what);
                    case 3 -> randomNumber(tree, what);
                    default -> what.append("[unchanged tree]");
                }
            }
            text = random.nextInt(4) == 0 ? withDuplicateKey(tree, what) : write(tree, random.nextBoolean());
            bytes = encode(text, what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int byteLevel = random.nextInt(3);
        for (int i = 0; i < byteLevel; i++) {
            bytes = mutateBytes(bytes, what);
        }
        return new Mutation(what.length() == 0 ? "[rewritten]" : what.toString(), bytes);
    }

    /** A place in the tree: an object's member or an array's element. */
    private record Place(JsonNode parent, String key, int index) {
    }

    private List<Place> places(JsonNode tree) {
        List<Place> places = new ArrayList<>();
        collect(tree, places);
        return places;
    }

    private void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                places.add(new Place(object, field.getKey(), -1));
                collect(field.getValue(), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i));
                collect(array.get(i), places);
            }
        }
    }

    private Place pick(JsonNode tree) {
        List<Place> places = places(tree);
        return places.isEmpty() ? null : places.get(random.nextInt(places.size()));
    }

    private void deleteKey(JsonNode tree, StringBuilder what) {
        Place place = pick(tree);
        if (place == null) {
            return;
        }
        if (place.parent() instanceof ObjectNode object) {
            object.remove(place.key());
            what.append("[deleted ").append(place.key()).append(']');
        } else {
            ((ArrayNode) place.parent()).remove(place.index());
            what.append("[deleted element ").append(place.index()).append(']');
        }
    }

    private void replace(Place place, JsonNode value) {
        if (place.parent() instanceof ObjectNode object) {
            object.set(place.key(), value);
        } else {
            ((ArrayNode) place.parent()).set(place.index(), value);
        }
    }

    private void wrongType(JsonNode tree, StringBuilder what) {
        Place place = pick(tree);
        if (place == null) {
            return;
        }
        JsonNode value = switch (random.nextInt(7)) {
            case 0 -> NODES.booleanNode(random.nextBoolean());
            case 1 -> NODES.numberNode(random.nextInt(3000) - 100);
            case 2 -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(NODES.textNode("X"));
            case 5 -> NODES.objectNode().put("x", 1);
            default -> NODES.arrayNode();
        };
        replace(place, value);
        what.append("[").append(place.key() == null ? "#" + place.index() : place.key()).append(" := ").append(value).append(']');
    }

    private void randomString(JsonNode tree, StringBuilder what) {
        List<Place> texts = places(tree).stream().filter(p -> valueAt(p).isTextual()).toList();
        if (texts.isEmpty()) {
            return;
        }
        Place place = texts.get(random.nextInt(texts.size()));
        String text = random.nextInt(3) == 0 ? randomText() : STRINGS[random.nextInt(STRINGS.length)];
        replace(place, NODES.textNode(text));
        what.append("[").append(place.key() == null ? "#" + place.index() : place.key()).append(" := \"")
                .append(text.length() > 40 ? text.substring(0, 40) + "…" : text).append("\"]");
    }

    private void randomNumber(JsonNode tree, StringBuilder what) {
        Place place = pick(tree);
        if (place == null) {
            return;
        }
        String number = NUMBERS[random.nextInt(NUMBERS.length)];
        try {
            replace(place, JSON.readTree(number));
        } catch (IOException e) {
            return;
        }
        what.append("[").append(place.key() == null ? "#" + place.index() : place.key()).append(" := ").append(number).append(']');
    }

    private static JsonNode valueAt(Place place) {
        return place.key() != null ? place.parent().get(place.key()) : place.parent().get(place.index());
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            int kind = random.nextInt(4);
            text.append(switch (kind) {
                case 0 -> (char) ('A' + random.nextInt(26));
                case 1 -> '_';
                case 2 -> (char) (0x3040 + random.nextInt(0x60));
                default -> (char) random.nextInt(0x10000);
            });
        }
        return text.toString();
    }

    private static String write(JsonNode tree, boolean pretty) throws IOException {
        return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : JSON.writeValueAsString(tree);
    }

    /** The tree written with one member of one object written twice (with its value, or another). */
    private String withDuplicateKey(JsonNode tree, StringBuilder what) throws IOException {
        List<Place> members = places(tree).stream().filter(p -> p.key() != null).toList();
        Place twice = members.isEmpty() ? null : members.get(random.nextInt(members.size()));
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            writeWithDuplicate(tree, twice, json);
        }
        if (twice != null) {
            what.append("[").append(twice.key()).append(" twice]");
        }
        return out.toString();
    }

    private void writeWithDuplicate(JsonNode node, Place twice, JsonGenerator json) throws IOException {
        if (node instanceof ObjectNode object) {
            json.writeStartObject();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                json.writeFieldName(field.getKey());
                writeWithDuplicate(field.getValue(), twice, json);
                if (twice != null && twice.parent() == object && twice.key().equals(field.getKey())) {
                    json.writeFieldName(field.getKey());
                    writeWithDuplicate(random.nextBoolean() ? field.getValue() : NODES.textNode("X"), null, json);
                }
            }
            json.writeEndObject();
        } else if (node instanceof ArrayNode array) {
            json.writeStartArray();
            for (JsonNode element : array) {
                writeWithDuplicate(element, twice, json);
            }
            json.writeEndArray();
        } else {
            JSON.writeTree(json, node);
        }
    }

    private byte[] encode(String text, StringBuilder what) {
        return switch (random.nextInt(12)) {
            case 0 -> {
                what.append("[UTF-16BE with BOM]");
                yield ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            }
            case 1 -> {
                what.append("[UTF-16LE]");
                yield text.getBytes(StandardCharsets.UTF_16LE);
            }
            case 2 -> {
                what.append("[UTF-32BE]");
                yield text.getBytes(Charset.forName("UTF-32BE"));
            }
            case 3 -> {
                what.append("[UTF-8 BOM]");
                yield ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                what.append("[Shift_JIS]");
                yield text.getBytes(Charset.forName("Shift_JIS"));
            }
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] mutateBytes(byte[] bytes, StringBuilder what) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(5)) {
            case 0 -> {
                byte[] flipped = bytes.clone();
                flipped[at] ^= (byte) (1 << random.nextInt(8));
                what.append("[bit flipped at ").append(at).append(']');
                return flipped;
            }
            case 1 -> {
                what.append("[cut at ").append(at).append(']');
                return java.util.Arrays.copyOf(bytes, at);
            }
            case 2 -> {
                byte[] longer = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, longer, 0, at);
                longer[at] = (byte) random.nextInt(256);
                System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                what.append("[byte inserted at ").append(at).append(']');
                return longer;
            }
            case 3 -> {
                byte[] shorter = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, shorter, 0, at);
                System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                what.append("[byte dropped at ").append(at).append(']');
                return shorter;
            }
            default -> {
                byte[] random = bytes.clone();
                random[at] = (byte) this.random.nextInt(256);
                what.append("[byte replaced at ").append(at).append(']');
                return random;
            }
        }
    }
}

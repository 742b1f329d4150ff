package dev.leakcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakcheck.model.Text;
import dev.leakcheck.spring.api.ApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Sets one field of an incident JSON by its path, in the form of docs/json-contract.md
 * ({@code discovery.awareAt}, {@code assets[0].personal.persons}); objects on the way are made, and an
 * asset one past the last is added. Whether the field exists and the value fits is the JSON reader's to
 * say afterwards, with its own messages.
 */
final class IncidentPaths {

    private static final Pattern PATH = Pattern.compile("[A-Za-z]{1,40}(\\[[0-9]{1,3}])?(\\.[A-Za-z]{1,40}(\\[[0-9]{1,3}])?){0,5}");
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[([0-9]+)])?");

    private IncidentPaths() {
    }

    static void set(ObjectNode root, String path, JsonNode value) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw wrong(path);
        }
        String[] steps = path.split("\\.");
        ObjectNode object = root;
        for (int i = 0; i < steps.length; i++) {
            Matcher step = STEP.matcher(steps[i]);
            step.matches();
            String name = step.group(1);
            boolean last = i == steps.length - 1;
            if (step.group(2) == null) {
                if (last) {
                    object.set(name, value);
                } else {
                    object = child(object, name);
                }
                continue;
            }
            int index = Integer.parseInt(step.group(2));
            JsonNode existing = object.get(name);
            ArrayNode array = existing instanceof ArrayNode a ? a : object.putArray(name);
            if (index > array.size()) {
                throw wrong(path);
            }
            if (last) {
                if (index == array.size()) {
                    array.add(value);
                } else {
                    array.set(index, value);
                }
            } else {
                if (index == array.size() || !(array.get(index) instanceof ObjectNode)) {
                    if (index == array.size()) {
                        array.addObject();
                    } else {
                        array.set(index, array.objectNode());
                    }
                }
                object = (ObjectNode) array.get(index);
            }
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ObjectNode o ? o : parent.putObject(name);
    }

    private static ApiException wrong(String path) {
        return new ApiException(HttpStatus.BAD_REQUEST, "FIELD_PATH", Text.of(
                "field は assets[0].personal.persons のような項目の道筋にしてください（一覧の番号は今ある数まで）",
                "field must be a path such as assets[0].personal.persons (a list index at most the list's length)"));
    }
}

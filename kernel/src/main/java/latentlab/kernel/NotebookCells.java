package latentlab.kernel;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The code cells of a Jupyter notebook (.ipynb, nbformat 4), in order. */
final class NotebookCells {
    private NotebookCells() {
    }

    static List<String> code(Path notebook) throws IOException {
        JsonObject root;
        try (Reader reader = Files.newBufferedReader(notebook)) {
            root = new JsonParser().parse(reader).getAsJsonObject(); // gson 2.8.5: no static parseReader
        }
        List<String> sources = new ArrayList<>();
        JsonArray cells = root.has("cells") ? root.getAsJsonArray("cells") : new JsonArray();
        for (JsonElement element : cells) {
            JsonObject cell = element.getAsJsonObject();
            if ("code".equals(cell.get("cell_type").getAsString())) {
                sources.add(text(cell.get("source")));
            }
        }
        return sources;
    }

    private static String text(JsonElement source) {
        if (source == null || source.isJsonNull()) {
            return "";
        }
        if (source.isJsonPrimitive()) {
            return source.getAsString();
        }
        StringBuilder text = new StringBuilder();
        source.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
        return text.toString();
    }
}

package org.vanban.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test access to the committed seed corpus and the hand-checked gold answers. */
final class GoldCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldCorpus() {
    }

    static JsonNode gold(String name) {
        try (InputStream in = GoldCorpus.class.getResourceAsStream("/gold/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource gold/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seed(String fileName) {
        try {
            return Files.readString(Path.of("corpus", fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

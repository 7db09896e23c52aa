package org.vanban.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.domain.DocumentHeader;

import com.fasterxml.jackson.databind.JsonNode;

/** Every field of gold/documents.json, read from the seed text by the normalizer and header parser. */
class GoldHeaderTest {

    static Stream<Arguments> fields() {
        List<Arguments> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> docs = GoldCorpus.gold("documents.json").fields();
        while (docs.hasNext()) {
            Map.Entry<String, JsonNode> doc = docs.next();
            Iterator<Map.Entry<String, JsonNode>> fields = doc.getValue().fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                rows.add(Arguments.of(doc.getKey(), field.getKey(), field.getValue().isNull() ? null : field.getValue().asText()));
            }
        }
        return rows.stream();
    }

    private static final Map<String, DocumentHeader> HEADERS = new java.util.HashMap<>();

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("fields")
    void headerFieldMatchesGold(String doc, String field, String expected) {
        DocumentHeader header = HEADERS.computeIfAbsent(doc,
                d -> new HeaderParser().parse(new TextNormalizer().normalize(GoldCorpus.seed(d))));
        Object actual = switch (field) {
            case "number" -> header.number();
            case "type" -> header.type();
            case "issuer" -> header.issuer();
            case "signer" -> header.signer();
            case "date" -> text(header.issuedDate());
            case "meeting_date" -> text(header.meetingDate());
            case "about" -> header.about();
            case "source" -> header.source();
            default -> throw new IllegalArgumentException("unknown gold field " + field);
        };
        assertEquals(expected == null ? null : VietnameseText.nfc(expected), actual);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}

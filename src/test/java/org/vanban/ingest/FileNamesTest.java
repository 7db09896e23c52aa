package org.vanban.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Upload names become safe display names. */
class FileNamesTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kế hoạch 86-KH-UBND.docx          | Kế hoạch 86-KH-UBND.docx
            ../../etc/passwd                  | passwd
            ..\\\\..\\\\windows\\\\win.ini    | win.ini
            C:\\\\Users\\\\an\\\\Nghị quyết.pdf | Nghị quyết.pdf
            /var/tmp/                         | upload
            .htaccess                         | htaccess
            ...                               | upload
            '   spaced name.txt   '           | spaced name.txt
            what?*<>:".txt                    | what.txt
            CON                               | _CON
            nul.txt                           | _nul.txt
            COM1.doc                          | _COM1.doc
            COM10.doc                         | COM10.doc
            console.txt                       | console.txt
            'report.txt. . .'                 | report.txt
            """)
    void keepsOnlyTheLastSegmentWithoutUnsafeCharacters(String raw, String expected) {
        assertEquals(expected, FileNames.sanitize(raw));
    }

    @Test
    void dropsControlAndInvisibleFormatCharacters() {
        assertEquals("report[31mexe.txt", FileNames.sanitize("report\u0000\u0007\u001b[31m\u202Eexe.txt"));
        assertEquals("a b.txt", FileNames.sanitize("a\tb.txt\r\n"));
    }

    @Test
    void composesDecomposedVietnamese() {
        assertEquals("Quyết định.doc", FileNames.sanitize("Quye\u0302\u0301t đi\u0323nh.doc"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u0000\u0001", "../..", "/"})
    void nothingLeftBecomesUpload(String raw) {
        assertEquals(FileNames.FALLBACK, FileNames.sanitize(raw));
    }

    @Test
    void tenThousandCharactersAreCutTo255BytesKeepingTheExtension() {
        String sanitized = FileNames.sanitize("a".repeat(10_000) + ".docx");
        assertTrue(sanitized.endsWith(".docx"));
        assertEquals(255, sanitized.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void multiByteNamesAreCutOnCharacterBoundaries() {
        String sanitized = FileNames.sanitize("Nghị quyết ".repeat(1000) + ".pdf");
        int bytes = sanitized.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 255, "bytes: " + bytes);
        assertTrue(sanitized.endsWith(".pdf"));
        assertTrue(sanitized.startsWith("Nghị quyết Nghị"));
        assertTrue(!sanitized.contains("\uFFFD"));
    }

    @Test
    void aLongNameWithoutExtensionIsCutToo() {
        assertEquals(255, FileNames.sanitize("x".repeat(10_000)).length());
    }
}

package org.vanban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Synthetic corpora built from the seed documents, deterministically: document {@code i} is seed
 * {@code i % seeds} with its own province, agency names, document numbers, years and figures, so that every
 * file has distinct bytes (the service de-duplicates by content hash) while keeping the seeds' size, structure
 * and vocabulary. The first {@code seeds} files are the seeds unchanged. Written under {@code target/bench},
 * never committed.
 */
final class SyntheticCorpus {

    /** Bump when the generation changes, so that a corpus left in target/bench is rebuilt. */
    static final String GENERATOR_VERSION = "1";
    static final long SEED = 20261122L;

    /** "45-NQ/TW", "86/KH-UBND", "76-CTr/TU", "110-TB/VPTW": the number part before the kind code. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\d/.,])(\\d{1,4})(?=[-/](?:NQ|KL|TB|KH|CTr|CTR|QĐ|CT|HD|HĐ|BC|CV|TTr|NĐ|TT|UBND|QH)\\b)");
    /** "8,5%", "12 %", "100%". */
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d/.,])(\\d{1,3})(,\\d{1,2})?(\\s?%)");
    /** Counts of things: "35 xã", "20 dự án", "7 nhiệm vụ". */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d/.,-])(\\d{1,3})(?=\\s(?:xã|huyện|dự án|nhiệm vụ|giải pháp|doanh nghiệp|khu|cụm|trường|bệnh viện|thôn|km|ha|tỷ|nghìn|triệu)\\b)");
    /** Years from 1990 to 2059 outside longer numbers: "2030", "30/9/2024". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(19[9]\\d|20[0-5]\\d)(?![\\d,])");

    private static final List<String> PROVINCES = List.of("Hải Phòng", "Nam Định", "Thái Bình", "Quảng Ninh",
            "Nghệ An", "Thanh Hóa", "Đà Nẵng", "Cần Thơ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Hà Tĩnh",
            "Quảng Nam", "Bình Định", "Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Bình Dương", "Long An", "An Giang",
            "Kiên Giang", "Cà Mau", "Sóc Trăng", "Vĩnh Long", "Tây Ninh", "Phú Thọ", "Lào Cai", "Yên Bái",
            "Thái Nguyên", "Lạng Sơn", "Sơn La", "Điện Biên", "Gia Lai", "Đắk Lắk", "Quảng Trị", "Huế");

    private static final List<String> DEPARTMENTS = List.of("Sở Kế hoạch và Đầu tư", "Sở Tài chính",
            "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương", "Sở Y tế", "Sở Giáo dục và Đào tạo",
            "Sở Nội vụ", "Sở Tư pháp", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Văn hóa và Thể thao", "Sở Du lịch",
            "Sở Lao động - Thương binh và Xã hội", "Sở Ngoại vụ");
    private static final Pattern DEPARTMENT = Pattern.compile(DEPARTMENTS.stream()
            .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|")));

    private SyntheticCorpus() {
    }

    /** The seed files, sorted by name. */
    static List<Path> seeds(Path seedDir) throws IOException {
        try (Stream<Path> files = Files.list(seedDir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /**
     * Writes {@code count} documents into {@code target} (emptied first) unless a corpus of this count and
     * generator version is already there. Returns the files.
     */
    static List<Path> generate(Path seedDir, Path target, int count) throws IOException {
        Path marker = target.resolve(".generated");
        String stamp = "version=" + GENERATOR_VERSION + " seed=" + SEED + " count=" + count;
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
            return files(target);
        }
        BenchFiles.deleteTree(target);
        Files.createDirectories(target);
        List<Path> seeds = seeds(seedDir);
        List<String> seedTexts = new ArrayList<>();
        for (Path seed : seeds) {
            seedTexts.add(Files.readString(seed, StandardCharsets.UTF_8));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int s = i % seeds.size();
            String stem = seeds.get(s).getFileName().toString().replaceFirst("\\.txt$", "");
            String text = seedTexts.get(s);
            if (i >= seeds.size()) {
                long variant = SEED * 1_000_003L + i;
                String varied;
                do {
                    varied = vary(text, new Random(variant++));
                } while (!seen.add(varied));
                text = varied;
            } else {
                seen.add(text);
            }
            Files.writeString(target.resolve(String.format(Locale.ROOT, "%05d_%s.txt", i, stem)), text,
                    StandardCharsets.UTF_8);
        }
        Files.writeString(marker, stamp);
        return files(target);
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** One variant of a seed text. */
    static String vary(String text, Random random) {
        String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
        int yearShift = -random.nextInt(7);
        List<String> shuffled = new ArrayList<>(DEPARTMENTS);
        Collections.shuffle(shuffled, random);
        Map<String, String> departments = new HashMap<>();
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            departments.put(DEPARTMENTS.get(d), shuffled.get(d));
        }
        Map<String, String> numbers = new HashMap<>();

        String out = text.replace("Hải Phòng", province).replace("HẢI PHÒNG", province.toUpperCase(Locale.ROOT));
        out = DEPARTMENT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(departments.get(m.group())));
        out = DOCUMENT_NUMBER.matcher(out).replaceAll(m -> numbers.computeIfAbsent(m.group(1),
                k -> Integer.toString(1 + random.nextInt(999))));
        out = YEAR.matcher(out).replaceAll(m -> Integer.toString(Integer.parseInt(m.group(1)) + yearShift));
        out = PERCENT.matcher(out).replaceAll(m -> {
            int whole = Math.max(1, (int) Math.round(Integer.parseInt(m.group(1)) * (0.5 + random.nextDouble())));
            String fraction = m.group(2) == null ? "" : "," + random.nextInt(10);
            return Matcher.quoteReplacement(Math.min(whole, 100) + fraction + m.group(3));
        });
        out = COUNT.matcher(out).replaceAll(m -> Integer.toString(
                Math.max(1, (int) Math.round(Integer.parseInt(m.group(1)) * (0.5 + random.nextDouble())))));
        return out;
    }
}

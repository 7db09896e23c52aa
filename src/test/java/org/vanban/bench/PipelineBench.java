package org.vanban.bench;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pure ingest stages (plain-text extraction, normalize, header, structure, tasks, targets, references) timed
 * in process, stage by stage, without the database or the index. Not a test: a main.
 *
 * <p>Reads {@code target/bench/corpus-1000} when present, or generates {@code bench.docs} synthetic documents
 * there. With {@code -Dbench.baseline=DIR} (a copy of an older {@code target/classes}) it runs the same stages
 * from those classes too, in their own class loader, alternating rounds so that both see the same machine, and
 * prints the ratio per stage and whether each stage's output is identical.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) -Dbench.baseline=/tmp/old-classes \
 *      org.vanban.bench.PipelineBench
 * </pre>
 *
 * Properties: {@code bench.docs} (default 1000), {@code bench.rounds} (measured rounds, 3),
 * {@code bench.warmup} (rounds before measuring, 2), {@code bench.baseline}, {@code bench.root} (".").
 */
public final class PipelineBench {

    static final List<String> STAGES = List.of("extract", "normalize", "header", "structure", "tasks", "targets",
            "references");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        int docs = Integer.getInteger("bench.docs", 1000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmup = Integer.getInteger("bench.warmup", 2);
        String baselineDir = System.getProperty("bench.baseline", "").strip();

        Path corpusDir = root.resolve("target/bench/corpus-" + docs);
        List<Path> files = SyntheticCorpus.generate(root.resolve("corpus"), corpusDir, docs);
        List<byte[]> contents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            contents.add(content);
            names.add(file.getFileName().toString());
            bytes += content.length;
        }
        System.out.printf(Locale.ROOT, "corpus %s: %d files, %.1f MB%n", corpusDir, files.size(), bytes / 1e6);

        Map<String, Stages> runs = new LinkedHashMap<>();
        runs.put("current", new Stages(PipelineBench.class.getClassLoader()));
        if (!baselineDir.isEmpty()) {
            runs.put("baseline", new Stages(new VanbanFirstLoader(Path.of(baselineDir),
                    PipelineBench.class.getClassLoader())));
        }
        Map<String, double[]> best = new LinkedHashMap<>();
        Map<String, long[]> digests = new LinkedHashMap<>();
        for (int round = 0; round < warmup + rounds; round++) {
            for (var run : runs.entrySet()) {
                long[] digest = new long[STAGES.size()];
                double[] seconds = run.getValue().runAll(contents, names, digest);
                digests.put(run.getKey(), digest);
                String label = round < warmup ? "warm-up" : "round";
                System.out.printf(Locale.ROOT, "%-8s %-8s %d: %s%n", run.getKey(), label, round,
                        formatSeconds(seconds));
                if (round >= warmup) {
                    double[] kept = best.computeIfAbsent(run.getKey(), k -> fill(Double.MAX_VALUE));
                    for (int s = 0; s < seconds.length; s++) {
                        kept[s] = Math.min(kept[s], seconds[s]);
                    }
                }
            }
        }
        double megabytes = bytes / 1e6;
        System.out.println();
        System.out.printf(Locale.ROOT, "best of %d rounds, MB/s of input text per stage (%.1f MB):%n", rounds,
                megabytes);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "stage"));
        for (String run : best.keySet()) {
            header.append(String.format(Locale.ROOT, "%14s", run + " MB/s"));
        }
        if (best.size() == 2) {
            header.append(String.format(Locale.ROOT, "%10s %s", "speed-up", "same output"));
        }
        System.out.println(header);
        for (int s = 0; s <= STAGES.size(); s++) {
            String name = s == STAGES.size() ? "all" : STAGES.get(s);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", name));
            List<Double> values = new ArrayList<>();
            for (double[] seconds : best.values()) {
                double t = s == STAGES.size() ? sum(seconds) : seconds[s];
                values.add(t);
                line.append(String.format(Locale.ROOT, "%14.2f", megabytes / t));
            }
            if (values.size() == 2) {
                line.append(String.format(Locale.ROOT, "%9.2fx", values.get(1) / values.get(0)));
                if (s < STAGES.size()) {
                    line.append(' ').append(digests.get("current")[s] == digests.get("baseline")[s] ? "yes" : "NO");
                }
            }
            System.out.println(line);
        }
        for (var run : best.entrySet()) {
            System.out.printf(Locale.ROOT, "%s: %.3f s per MB through the pure stages%n", run.getKey(),
                    sum(run.getValue()) / megabytes);
        }
    }

    private static double[] fill(double value) {
        double[] values = new double[STAGES.size()];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static String formatSeconds(double[] seconds) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < seconds.length; s++) {
            out.append(String.format(Locale.ROOT, "%s %.2fs  ", STAGES.get(s), seconds[s]));
        }
        return out.append(String.format(Locale.ROOT, "all %.2fs", sum(seconds))).toString();
    }

    /**
     * The stages called by reflection, so that the same code drives the current classes and a baseline copy
     * loaded apart.
     */
    private static final class Stages {
        private final Object extractor;
        private final Method extract;
        private final Method extractedText;
        private final Object normalizer;
        private final Method normalize;
        private final Method normalizedText;
        private final Object headerParser;
        private final Method parseHeader;
        private final Object structureParser;
        private final Method parseStructure;
        private final Object taskExtractor;
        private final Method extractTasks;
        private final Object targetExtractor;
        private final Method extractTargets;
        private final Object referenceExtractor;
        private final Method extractReferences;

        Stages(ClassLoader loader) throws ReflectiveOperationException {
            Class<?> extractorClass = loader.loadClass("org.vanban.ingest.TextExtractor");
            extractor = newInstance(extractorClass);
            extract = extractorClass.getMethod("extract", byte[].class, String.class);
            extractedText = loader.loadClass("org.vanban.ingest.ExtractedText").getMethod("text");
            Class<?> normalizerClass = loader.loadClass("org.vanban.parse.TextNormalizer");
            normalizer = newInstance(normalizerClass);
            normalize = normalizerClass.getMethod("normalize", String.class);
            Class<?> normalizedClass = loader.loadClass("org.vanban.parse.NormalizedText");
            normalizedText = normalizedClass.getMethod("text");
            Class<?> headerClass = loader.loadClass("org.vanban.parse.HeaderParser");
            headerParser = newInstance(headerClass);
            parseHeader = headerClass.getMethod("parse", normalizedClass);
            Class<?> structureClass = loader.loadClass("org.vanban.parse.StructureParser");
            structureParser = newInstance(structureClass);
            parseStructure = structureClass.getMethod("parse", String.class);
            Class<?> documentHeader = loader.loadClass("org.vanban.domain.DocumentHeader");
            Class<?> taskClass = loader.loadClass("org.vanban.extract.TaskExtractor");
            taskExtractor = newInstance(taskClass);
            extractTasks = taskClass.getMethod("extract", documentHeader, List.class);
            Class<?> targetClass = loader.loadClass("org.vanban.extract.TargetExtractor");
            targetExtractor = newInstance(targetClass);
            extractTargets = targetClass.getMethod("extract", documentHeader, List.class);
            Class<?> referenceClass = loader.loadClass("org.vanban.extract.ReferenceExtractor");
            referenceExtractor = newInstance(referenceClass);
            extractReferences = referenceClass.getMethod("extract", documentHeader, List.class);
        }

        private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
            Constructor<?> constructor = type.getConstructor();
            return constructor.newInstance();
        }

        /** Runs every document through every stage; returns seconds per stage and fills a digest per stage. */
        double[] runAll(List<byte[]> contents, List<String> names, long[] digest) throws Exception {
            long[] nanos = new long[STAGES.size()];
            for (int i = 0; i < contents.size(); i++) {
                long t0 = System.nanoTime();
                Object extracted = call(extract, extractor, contents.get(i), names.get(i));
                long t1 = System.nanoTime();
                Object normalized = call(normalize, normalizer, call(extractedText, extracted));
                long t2 = System.nanoTime();
                Object header = call(parseHeader, headerParser, normalized);
                long t3 = System.nanoTime();
                Object clauses = call(parseStructure, structureParser, call(normalizedText, normalized));
                long t4 = System.nanoTime();
                Object tasks = call(extractTasks, taskExtractor, header, clauses);
                long t5 = System.nanoTime();
                Object targets = call(extractTargets, targetExtractor, header, clauses);
                long t6 = System.nanoTime();
                Object references = call(extractReferences, referenceExtractor, header, clauses);
                long t7 = System.nanoTime();
                long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7};
                for (int s = 0; s < nanos.length; s++) {
                    nanos[s] += marks[s + 1] - marks[s];
                }
                Object[] outputs = {extracted, normalized, header, clauses, tasks, targets, references};
                for (int s = 0; s < outputs.length; s++) {
                    digest[s] = digest[s] * 31 + canonical(outputs[s]).hashCode();
                }
            }
            double[] seconds = new double[nanos.length];
            for (int s = 0; s < nanos.length; s++) {
                seconds[s] = nanos[s] / 1e9;
            }
            return seconds;
        }

        /**
         * The output as text, component by component, with map entries sorted: the order of an immutable map
         * keyed by enums differs between class loaders, its content does not.
         */
        private static String canonical(Object value) throws ReflectiveOperationException {
            if (value instanceof Record record) {
                StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    component.getAccessor().setAccessible(true);
                    out.append(component.getName()).append('=')
                            .append(canonical(component.getAccessor().invoke(record))).append(',');
                }
                return out.append(']').toString();
            }
            if (value instanceof List<?> list) {
                StringBuilder out = new StringBuilder("[");
                for (Object element : list) {
                    out.append(canonical(element)).append(',');
                }
                return out.append(']').toString();
            }
            if (value instanceof Map<?, ?> map) {
                List<String> entries = new ArrayList<>();
                for (var entry : map.entrySet()) {
                    entries.add(canonical(entry.getKey()) + "=" + canonical(entry.getValue()));
                }
                entries.sort(null);
                return entries.toString();
            }
            return String.valueOf(value);
        }

        private static Object call(Method method, Object target, Object... args) throws Exception {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /** Loads {@code org.vanban} classes from a baseline directory first, everything else from the parent. */
    private static final class VanbanFirstLoader extends URLClassLoader {
        VanbanFirstLoader(Path classes, ClassLoader parent) throws MalformedURLException, IOException {
            super(new URL[] {classes.toUri().toURL()}, parent);
            if (!Files.isDirectory(classes.resolve("org/vanban"))) {
                throw new IOException(classes + " holds no org/vanban classes");
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("org.vanban.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            // the agency register and other data files of the baseline come from the baseline too
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}

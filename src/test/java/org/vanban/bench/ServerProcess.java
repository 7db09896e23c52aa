package org.vanban.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a subprocess on a free loopback
 * port, with its own data and corpus directories. Stopped with SIGTERM so that H2 and Lucene close cleanly
 * (and a flight recording, if asked for, is written).
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+)\\s+kB");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+)\\s+kB");
    private static final Pattern RSS_ANON = Pattern.compile("RssAnon:\\s+(\\d+)\\s+kB");
    private static final Pattern RSS_FILE = Pattern.compile("RssFile:\\s+(\\d+)\\s+kB");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final long startedNanos;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** When the service answered HTTP for the first time, and when it reported ready, from process start. */
    record Readiness(Duration toListening, Duration toReady, String lastState) {

        Duration listeningToReady() {
            return toReady.minus(toListening);
        }
    }

    private ServerProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    static ServerProcess start(Path jar, Path dataDir, Path corpusDir, List<String> jvmArgs, Path log)
            throws IOException {
        return start(jar, dataDir, corpusDir, jvmArgs, Map.of(), log);
    }

    /** As {@link #start(Path, Path, Path, List, Path)}, with extra environment variables for the JVM. */
    static ServerProcess start(Path jar, Path dataDir, Path corpusDir, List<String> jvmArgs,
            Map<String, String> extraEnv, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("VANBAN_DATA_DIR", dataDir.toString());
        env.put("VANBAN_CORPUS_DIR", corpusDir.toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // as the serve profile and the Dockerfile run the service (see src/main/jvm/vanban.jvm-options)
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.putAll(extraEnv);
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        return new ServerProcess(builder.start(), port, started);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Polls {@code /q/health/ready} until UP. Every {@code progressEvery}, gives {@code progress} the state the
     * readiness check last reported ("ingesting corpus: 120 of 5000 files").
     */
    Readiness awaitReady(Duration timeout, Duration progressEvery, java.util.function.Consumer<String> progress)
            throws IOException, InterruptedException {
        Duration listening = null;
        String state = "not answering";
        long nextProgress = System.nanoTime() + progressEvery.toNanos();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with status " + process.exitValue() + " before ready");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/q/health/ready")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Duration now = sinceStart();
                if (listening == null) {
                    listening = now;
                }
                state = readinessState(response.body());
                if (response.statusCode() == 200) {
                    return new Readiness(listening, now, state);
                }
                if (state.startsWith("start-up failed")) {
                    throw new IOException("the server reports: " + state);
                }
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("the server")) {
                    throw e;
                }
                // not listening yet
            }
            if (System.nanoTime() > nextProgress) {
                progress.accept(state);
                nextProgress = System.nanoTime() + progressEvery.toNanos();
            }
            Thread.sleep(listening == null ? 20 : 50);
        }
        throw new NotReadyInTime(timeout, state, listening);
    }

    /** The service was still not ready when the time allowed ran out. */
    static final class NotReadyInTime extends IOException {

        final Duration toListening;

        NotReadyInTime(Duration timeout, String state, Duration toListening) {
            super("the server was not ready after " + timeout + " (state: " + state + ")");
            this.toListening = toListening;
        }
    }

    /** How many documents the service holds, from {@code GET /api/documents?size=1}; -1 if it cannot say. */
    long documentCount() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/api/documents?size=1")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("total").asLong(-1) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Resident set size now, in kB, from /proc. */
    long rssKb() throws IOException {
        return procStatus(VM_RSS);
    }

    /** "VmRSS 412 MB (anonymous 301 MB: heap, metaspace, code; file-backed 111 MB: mapped index files, jars)". */
    String rssBreakdown() throws IOException {
        return String.format(java.util.Locale.ROOT, "anonymous %d MB + file-backed %d MB", procStatus(RSS_ANON) / 1024,
                procStatus(RSS_FILE) / 1024);
    }

    /** Peak resident set size so far, in kB, from /proc. */
    long peakRssKb() throws IOException {
        return procStatus(VM_HWM);
    }

    private long procStatus(Pattern field) throws IOException {
        Matcher m = field.matcher(Files.readString(Path.of("/proc", Long.toString(process.pid()), "status")));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static String readinessState(String body) {
        try {
            for (JsonNode check : JSON.readTree(body).path("checks")) {
                JsonNode state = check.path("data").path("state");
                if (!state.isMissingNode()) {
                    return state.asText();
                }
            }
        } catch (IOException e) {
            // not JSON: report the raw beginning
        }
        return body.length() > 80 ? body.substring(0, 80) : body;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

package org.vanban.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The bench's HTTP client against the JDK's own server: lengths, chunks, errors, kept-alive connections. */
class LoopbackHttpTest {

    private HttpServer server;
    private final Set<Object> connections = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/length", exchange -> answer(exchange, 200, body(exchange), false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, body(exchange), true));
        server.createContext("/missing", exchange -> answer(exchange, 404,
                "{\"title\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8), false));
        server.createContext("/empty", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Echoes the path and query, then enough text to span several reads; notes the connection it came on. */
    private byte[] body(HttpExchange exchange) {
        connections.add(exchange.getRemoteAddress());
        return (exchange.getRequestURI() + " " + "tìm kiếm ".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, byte[] body, boolean chunked) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            // several writes: several chunks when chunked
            for (int from = 0; from < body.length; from += 7_000) {
                out.write(body, from, Math.min(7_000, body.length - from));
                out.flush();
            }
        }
    }

    @Test
    void readsBodiesByLengthAndByChunksOnOneKeptAliveConnection() throws IOException {
        try (LoopbackHttp http = new LoopbackHttp(base())) {
            for (String path : List.of("/length?q=a", "/chunked?q=b%20c", "/length?q=d", "/chunked?q=e")) {
                LoopbackHttp.Response response = http.get(path);
                assertEquals(200, response.status());
                String expected = path + " " + "tìm kiếm ".repeat(5_000);
                assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), response.body(), path);
            }
        }
        assertEquals(1, connections.size(), "one connection for the thread's four requests");
    }

    @Test
    void anErrorStatusComesWithItsBody() throws IOException {
        try (LoopbackHttp http = new LoopbackHttp(base())) {
            LoopbackHttp.Response response = http.get("/missing");
            assertEquals(404, response.status());
            assertEquals("{\"title\":\"Not Found\"}", response.text());
            assertEquals(200, http.get("/length").status(), "the connection is still usable");
        }
    }

    @Test
    void aNoContentAnswerHasNoBodyToWaitFor() throws IOException {
        try (LoopbackHttp http = new LoopbackHttp(base())) {
            LoopbackHttp.Response response = http.get("/empty");
            assertEquals(204, response.status());
            assertEquals(0, response.body().length);
            assertEquals(200, http.get("/length").status(), "the connection is still usable");
        }
    }

    @Test
    void eachThreadHasItsOwnConnection() throws Exception {
        try (LoopbackHttp http = new LoopbackHttp(base())) {
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int t = 0; t < 3; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int i = 0; i < 5; i++) {
                            assertEquals(200, http.get("/chunked?i=" + i).status());
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(List.of(), failures);
        }
        assertEquals(3, connections.size());
    }

    @Test
    void aConnectionClosedMidAnswerFailsThatRequestAndTheNextOneReconnects() throws Exception {
        try (ServerSocket broken = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
                LoopbackHttp http = new LoopbackHttp("http://" + broken.getInetAddress().getHostAddress() + ":"
                        + broken.getLocalPort())) {
            Thread serve = Thread.ofPlatform().start(() -> {
                for (String answer : List.of("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part",
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")) {
                    try (Socket s = broken.accept()) {
                        s.getInputStream().read(new byte[4096]);
                        s.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            assertThrows(IOException.class, () -> http.get("/first"));
            assertEquals("ok", http.get("/second").text());
            serve.join();
        }
    }

    @Test
    void refusesWhatIsNotAnHttpUrlWithAPort() {
        assertThrows(IllegalArgumentException.class, () -> new LoopbackHttp("https://localhost:8443"));
        assertThrows(IllegalArgumentException.class, () -> new LoopbackHttp("http://localhost"));
    }
}

package org.vanban.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load generator's HTTP client: {@code GET} over HTTP/1.1, one kept-alive connection per calling thread, the
 * answer read in full (by {@code Content-Length} or chunks). Nothing else of HTTP: no redirects, no TLS, no
 * compression; the bench talks to one server on loopback.
 *
 * <p>Why not {@code java.net.http.HttpClient}: on the bench's 2 cores the load generator shares the CPU with the
 * server it measures, and HttpClient (a selector thread, an asynchronous pipeline and its hand-offs per request) took
 * 0.7-2.1 ms of CPU per search against the server's 3.0-4.4 ms, a sixth to a third of the machine; this client takes
 * 0.15-0.23 ms. Alternating the two against the same server (10,000 documents, 8 clients): 417, 522, 592 against
 * 201, 388, 474 searches/s, p99 43, 37, 32 against 93, 48, 40 ms. What a server on its own cores answers to
 * clients on other machines is closer to the first.
 */
final class LoopbackHttp implements AutoCloseable {

    static final int TIMEOUT_MILLIS = 30_000;
    /** The longest status or header line read; a longer one is not an HTTP answer this client understands. */
    private static final int MAX_LINE = 8192;

    /** A status and the body, read in full. */
    record Response(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Connection(Socket socket, InputStream in, OutputStream out) {
    }

    private final String host;
    private final int port;
    private final byte[] requestHeaders;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Socket> opened = new ArrayList<>();

    LoopbackHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (!"http".equals(uri.getScheme()) || uri.getPort() < 0) {
            throw new IllegalArgumentException("an http://host:port URL, not " + baseUrl);
        }
        host = uri.getHost();
        port = uri.getPort();
        requestHeaders = (" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code GET path} ("/api/search?q=…", already encoded) on this thread's connection, opened when it has none. */
    Response get(String path) throws IOException {
        Connection c = connection();
        try {
            c.out().write(("GET " + path).getBytes(StandardCharsets.US_ASCII));
            c.out().write(requestHeaders);
            c.out().flush();
            return read(c);
        } catch (IOException | RuntimeException e) {
            // what is left of a broken answer must not be read as the next one's
            discard(c);
            throw e;
        }
    }

    private Response read(Connection c) throws IOException {
        String statusLine = line(c.in());
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = parts[0].equals("HTTP/1.0");
        for (String header = line(c.in()); !header.isEmpty(); header = line(c.in())) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new IOException("malformed header: " + header);
            }
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close |= value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) Math.min(length, 1 << 20) : 8192);
        if (status / 100 == 1 || status == 204 || status == 304) {
            // no body, whatever the headers say
        } else if (chunked) {
            for (long size = chunkSize(line(c.in())); size > 0; size = chunkSize(line(c.in()))) {
                copy(c.in(), body, size);
                line(c.in());
            }
            // trailers, up to the empty line
            while (!line(c.in()).isEmpty()) {
                // ignored
            }
        } else if (length >= 0) {
            copy(c.in(), body, length);
        } else {
            // no length: the body runs to the end of the connection
            c.in().transferTo(body);
            close = true;
        }
        if (close) {
            discard(c);
        }
        return new Response(status, body.toByteArray());
    }

    private Connection connection() throws IOException {
        Connection c = connections.get();
        if (c == null) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            c = new Connection(socket, new BufferedInputStream(socket.getInputStream(), 1 << 16),
                    new BufferedOutputStream(socket.getOutputStream(), 1024));
            connections.set(c);
            synchronized (opened) {
                opened.add(socket);
            }
        }
        return c;
    }

    private void discard(Connection c) {
        connections.remove();
        synchronized (opened) {
            opened.remove(c.socket());
        }
        try {
            c.socket().close();
        } catch (IOException e) {
            // closing a connection that is no longer used
        }
    }

    private static long chunkSize(String line) throws IOException {
        int extension = line.indexOf(';');
        String hex = (extension < 0 ? line : line.substring(0, extension)).strip();
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IOException("malformed chunk size: " + line);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, long length) throws IOException {
        byte[] buffer = new byte[8192];
        while (length > 0) {
            int read = in.read(buffer, 0, (int) Math.min(length, buffer.length));
            if (read < 0) {
                throw new EOFException("the connection closed " + length + " bytes before the end of the body");
            }
            out.write(buffer, 0, read);
            length -= read;
        }
    }

    /** One line without its CR LF; ISO-8859-1, as HTTP's status and header lines are read. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed within an answer's head");
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("a status or header line longer than " + MAX_LINE + " bytes");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        synchronized (opened) {
            for (Socket socket : opened) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing at the end of a load
                }
            }
            opened.clear();
        }
    }
}

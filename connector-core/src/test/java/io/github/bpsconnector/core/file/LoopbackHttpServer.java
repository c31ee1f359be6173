package io.github.bpsconnector.core.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP/1.1 server on loopback for what WireMock cannot do byte-exactly: a body cut off mid-way, a body that
 * never ends, a huge body generated on the fly. One connection at a time; every answer closes its connection.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** A request as received: method, target and headers (names in lower case). */
    record Request(String method, String target, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Writes the answer to the {@code index}-th request (from 0) on {@code connection}. */
    @FunctionalInterface
    interface Responder {
        void respond(int index, Request request, Connection connection) throws IOException;
    }

    /** The open connection a responder answers on. */
    static final class Connection {
        private final Socket socket;

        private Connection(Socket socket) {
            this.socket = socket;
        }

        OutputStream out() throws IOException {
            return socket.getOutputStream();
        }

        /** Blocks until the client closes the connection (or 30 s pass), reading and ignoring anything it sends. */
        void awaitClientClose() throws IOException {
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            byte[] ignored = new byte[1024];
            while (in.read(ignored) >= 0) {
                // keep reading until end of stream
            }
        }
    }

    private final ServerSocket serverSocket;
    private final Responder responder;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    LoopbackHttpServer(Responder responder) throws IOException {
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.responder = responder;
        this.thread = new Thread(this::serve, "loopback-http-" + serverSocket.getLocalPort());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + path);
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void serve() {
        while (!serverSocket.isClosed()) {
            try (Socket socket = serverSocket.accept()) {
                Request request = readRequest(socket.getInputStream());
                int index;
                synchronized (requests) {
                    index = requests.size();
                    requests.add(request);
                }
                responder.respond(index, request, new Connection(socket));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the client went away or the server is closing: serve the next connection
            }
        }
    }

    private static Request readRequest(InputStream in) throws IOException {
        String[] requestLine = readLine(in).split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return new Request(requestLine[0], requestLine[1], Map.copyOf(headers));
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the request head");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes a status line and headers (each {@code "Name: value"}) with {@code Connection: close}. */
    static void writeHead(OutputStream out, String statusLine, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(statusLine).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

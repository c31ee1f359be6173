package io.github.bpsconnector.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A one-connection HTTP server that sends a response head and the start of a body, then sends nothing more until
 * the client hangs up. A client that tried to read the whole body would wait for its response timeout.
 */
final class StallingServer implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    StallingServer(String head, byte[] bodyStart) throws IOException {
        server = new ServerSocket(0);
        thread.submit(() -> serve(head, bodyStart));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    private Void serve(String head, byte[] bodyStart) throws IOException {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            readRequestHead(in);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bodyStart);
            out.flush();
            while (in.read() >= 0) {
                // wait for the client to close the connection
            }
        }
        return null;
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < end.length && (b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        thread.shutdownNow();
    }
}

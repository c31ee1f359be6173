package io.github.bpsconnector.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Raw HTTP for the testkit's own tests (HttpClient 5 classic, no retries, no redirects, no cookie store): the
 * tests see exactly what the simulators send.
 */
public final class RawHttp implements AutoCloseable {

    private final CloseableHttpClient client;
    private final String baseUrl;

    /**
     * @param baseUrl the simulator's base URL
     */
    public RawHttp(String baseUrl) {
        this(baseUrl, Timeout.ofSeconds(10));
    }

    /**
     * @param baseUrl the simulator's base URL
     * @param responseTimeout how long to wait for an answer
     */
    public RawHttp(String baseUrl, Timeout responseTimeout) {
        this.baseUrl = baseUrl;
        this.client = HttpClients.custom()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(64)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(responseTimeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(responseTimeout).build())
                .build();
    }

    /** A request being built. */
    public final class Call {
        private final HttpUriRequestBase request;

        private Call(String method, String path) {
            this.request = new HttpUriRequestBase(method, java.net.URI.create(baseUrl + path));
        }

        /**
         * @param name header name
         * @param value header value
         * @return this call
         */
        public Call header(String name, String value) {
            request.addHeader(name, value);
            return this;
        }

        /**
         * @param token a bearer token
         * @return this call
         */
        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        /**
         * @param json a JSON body
         * @return this call
         */
        public Call json(String json) {
            request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
            return this;
        }

        /**
         * @param entity any body
         * @return this call
         */
        public Call entity(HttpEntity entity) {
            request.setEntity(entity);
            return this;
        }

        /**
         * @param bytes a raw body
         * @param type its content type
         * @return this call
         */
        public Call bytes(byte[] bytes, ContentType type) {
            request.setEntity(new ByteArrayEntity(bytes, type));
            return this;
        }

        /**
         * @return the reply
         * @throws IOException on a connection fault or timeout
         */
        public Reply sendRaw() throws IOException {
            return client.execute(request, response -> {
                List<Header> headers = List.of(response.getHeaders());
                byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
                return new Reply(response.getCode(), new ArrayList<>(headers), body);
            });
        }

        /** @return the reply; an I/O failure fails the test */
        public Reply send() {
            try {
                return sendRaw();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * @param method HTTP method
     * @param path path and query, starting with {@code /}
     * @return a call to complete
     */
    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /**
     * @param path path and query
     * @return the reply of a GET
     */
    public Reply get(String path) {
        return call("GET", path).send();
    }

    /**
     * @param path path
     * @param json body
     * @return the reply of a POST
     */
    public Reply postJson(String path, String json) {
        return call("POST", path).json(json).send();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /**
     * An HTTP answer.
     *
     * @param status the status code
     * @param headers the headers
     * @param body the body
     */
    public record Reply(int status, List<Header> headers, byte[] body) {

        /** @return the body as UTF-8 */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return the body as JSON */
        public JsonNode json() {
            return SimJson.read(body);
        }

        /**
         * @param name a header name
         * @return its first value
         */
        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).findFirst();
        }

        /**
         * @param name a header name
         * @return all its values
         */
        public List<String> headers(String name) {
            return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).toList();
        }
    }
}

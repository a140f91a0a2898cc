package dev.godwit.examples.odyssee;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Starts the real application on a database of the shared embedded PostgreSQL, and talks HTTP to it. */
final class Odyssee implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        // Several applications start at once in this JVM, as three instances of a deploy would on three machines;
        // Spring Boot's logging set-up is per JVM and races, so logging is left to logback-test.xml.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    final ConfigurableApplicationContext context;
    final String base;

    private Odyssee(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    static Odyssee start(String url, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", EmbeddedPostgresSupport.APP_USER);
        properties.put("spring.datasource.password", EmbeddedPostgresSupport.APP_PASSWORD);
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        SpringApplication application = new SpringApplication(OdysseeApplication.class);
        application.setDefaultProperties(properties);
        // As command-line arguments: they win over application.properties, as on a real deploy.
        String[] args = extra.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new Odyssee(application.run(args));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String path, String fileName, String contentType, byte[] content) throws IOException, InterruptedException {
        String boundary = "godwit-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
    }
}

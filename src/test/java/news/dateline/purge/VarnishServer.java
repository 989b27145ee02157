package news.dateline.purge;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Varnish for tests (Debian's varnish and varnish-modules, which build/provision installs before the tests),
 * running the deployment's own deploy/local/varnish/dateline.vcl in front of the test server, with only 127.0.0.1
 * allowed to purge.
 */
final class VarnishServer implements AutoCloseable {

    private static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

    private final Process process;
    private final int port;

    private VarnishServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Varnish on {@code port} with the test server at {@code backendPort} behind it; waits until it listens. */
    static VarnishServer start(int port, int backendPort) throws IOException {
        if (!Files.isExecutable(VARNISHD)) {
            throw new IllegalStateException(VARNISHD + " is missing: ./mvnw verify installs it as root"
                    + " (build/provision), or apt-get install -y varnish varnish-modules");
        }
        Path dir = Files.createDirectories(Path.of("target", "varnish-test").toAbsolutePath());
        Files.copy(Path.of("deploy/local/varnish/dateline.vcl"), dir.resolve("dateline.vcl"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("backend.vcl"), """
                backend default { .host = "127.0.0.1"; .port = "%d"; }
                acl purgers { "127.0.0.1"; }
                """.formatted(backendPort));
        Process process = new ProcessBuilder(VARNISHD.toString(), "-F", "-j", "none",
                "-a", "127.0.0.1:" + port, "-f", dir.resolve("dateline.vcl").toString(),
                "-p", "vcl_path=" + dir, "-p", "http_gzip_support=off", // as deploy/local/up.sh runs it
                "-n", dir.resolve("n").toString(), "-s", "malloc,32m")
                .redirectErrorStream(true).redirectOutput(dir.resolve("varnishd.log").toFile()).start();
        VarnishServer varnish = new VarnishServer(process, port);
        try {
            varnish.awaitListening(dir);
        } catch (RuntimeException e) {
            varnish.close(); // a varnishd that never listened must not outlive the test
            throw e;
        }
        return varnish;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    private void awaitListening(Path dir) {
        await().alias("varnishd listens on " + port).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(30)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("varnishd exited: "
                                + Files.readString(dir.resolve("varnishd.log")));
                    }
                    try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    @Override
    public void close() {
        // varnishd's cache worker is a child of the manager: taken now, as it is reparented once the manager is gone.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // It leaves with the manager, but never leave it behind.
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** Sends a raw HTTP/1.1 request from {@code source} (any 127.x address) and returns the status line. */
    String requestFrom(String source, List<String> lines) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(source), 0)) {
            String request = String.join("\r\n", lines) + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElseThrow(() -> new UncheckedIOException(
                    new IOException("Varnish closed the connection without an answer")));
        }
    }
}

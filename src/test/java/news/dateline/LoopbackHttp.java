package news.dateline;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A JDK HTTP server on the loopback address, standing in for another service in a test. */
public final class LoopbackHttp {

    private LoopbackHttp() {
    }

    /** Serves {@code handler} on {@code port} (0: any free one); a server that fails to start lets its port go. */
    public static HttpServer serve(int port, HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        try {
            server.createContext("/", handler);
            server.start();
            return server;
        } catch (RuntimeException e) {
            server.stop(0); // bound but not serving
            throw e;
        }
    }
}

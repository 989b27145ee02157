package news.dateline;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only TCP proxy from a free port on 127.0.0.1 to the database, that a test can cut the way a network fails:
 * {@link Cut#REFUSE} closes every connection and refuses new ones (a stopped database); {@link Cut#BLACKHOLE} keeps
 * every connection open and lets no byte through either way, and accepts new connections that never answer (a
 * network partition, where nothing fails: it hangs).
 */
public final class TcpProxy implements Closeable {

    /** How the proxy fails. */
    public enum Cut { REFUSE, BLACKHOLE }

    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile int port;
    private volatile ServerSocket server;
    private volatile Cut cut;
    /** Counts the cuts: a pump forwards only the bytes of the period it was opened in. */
    private volatile int period;

    public TcpProxy(String targetHost, int targetPort) {
        this.target = new InetSocketAddress(targetHost, targetPort);
    }

    /** A proxy to the database a JDBC URL names (its port, or 5432), listening on a free port. */
    public static TcpProxy startedFor(String jdbcUrl) {
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        TcpProxy proxy = new TcpProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
        try {
            proxy.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return proxy;
    }

    /** The JDBC URL of the same database (path and query) through this proxy. */
    public String through(String jdbcUrl) {
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + port + database.getRawPath()
                + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
    }

    /** Closes a proxy, if there is one, for a test resource's stop. */
    public static void closeUnchecked(TcpProxy proxy) {
        if (proxy == null) {
            return;
        }
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening on a free port; returns it. */
    public synchronized int start() throws IOException {
        listen(0);
        return port;
    }

    public synchronized void cut(Cut how) throws IOException {
        cut = how;
        period++;
        if (how == Cut.REFUSE) {
            server.close();
            closeAll();
        }
    }

    /** Lets traffic through again. Connections from the cut are closed: their peers have given up on them. */
    public synchronized void restore() throws IOException {
        Cut was = cut;
        cut = null;
        period++;
        closeAll();
        if (was == Cut.REFUSE) {
            listen(port);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        cut = Cut.REFUSE;
        period++;
        try {
            if (server != null) { // null: it never listened
                server.close();
            }
        } finally {
            closeAll();
        }
    }

    private void listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        } catch (IOException e) {
            socket.close(); // a socket that could not bind is still an open file
            throw e;
        }
        server = socket;
        port = socket.getLocalPort();
        daemon("tcp-proxy-accept", () -> accept(socket));
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // closed by cut or close
            }
            sockets.add(client);
            if (cut == Cut.BLACKHOLE) {
                continue; // held open, never read: the peer's connection attempt hangs
            }
            try {
                Socket upstream = new Socket();
                sockets.add(upstream);
                upstream.connect(target, 2_000);
                int opened = period;
                daemon("tcp-proxy-up", () -> pump(client, upstream, opened));
                daemon("tcp-proxy-down", () -> pump(upstream, client, opened));
            } catch (IOException e) {
                quietly(client);
            }
        }
    }

    // Copies bytes until either side closes; after a cut, bytes are read and dropped, as a partition loses them.
    private void pump(Socket from, Socket to, int opened) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (period == opened) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the other side, or the proxy, closed it
        } finally {
            quietly(from);
            quietly(to);
        }
    }

    private void closeAll() {
        for (Socket socket : List.copyOf(sockets)) {
            quietly(socket);
        }
    }

    private void quietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}

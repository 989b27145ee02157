package news.dateline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that HTTP clients refuse to send: control characters in a header, a
 * name with a space, a header twice. One request per connection ({@code Connection: close}); what comes back is
 * read until the message is complete, the server closes, {@link #READ_TIMEOUT_MS} passes without a byte, or
 * {@link #MAX_RESPONSE_BYTES} have come.
 */
final class RawHttp {

    static final int READ_TIMEOUT_MS = 10_000;
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
    private static final byte[] END_OF_HEADERS = {'\r', '\n', '\r', '\n'};

    /** A header as sent: its name and value as raw bytes (so that any byte can be sent). */
    record Header(byte[] name, byte[] value) {
    }

    /**
     * What came back: the final status (0 when nothing parseable came), the headers by lower-case name, the body
     * (chunked transfer decoded), and why reading stopped early, if it did.
     */
    record Response(int status, Map<String, List<String>> headers, byte[] body, String trouble) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /** Sends {@code method target} with {@code Host} and {@code Connection: close}, then {@code headers} in order. */
    static Response send(int port, String method, String target, List<Header> headers, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n").getBytes(StandardCharsets.US_ASCII));
        for (Header header : headers) {
            request.writeBytes(header.name());
            request.writeBytes(": ".getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(header.value());
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(body);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before it has read everything (a header too large): read that.
            }
            return read(socket.getInputStream(), method.equals("HEAD"));
        } catch (IOException e) {
            return new Response(0, Map.of(), new byte[0], "no connection: " + e);
        }
    }

    private static Response read(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        String trouble = null;
        while (true) {
            Response complete = parse(received.toByteArray(), head, false);
            if (complete != null) {
                return complete;
            }
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                trouble = "no complete answer within " + READ_TIMEOUT_MS + " ms";
                break;
            } catch (IOException e) {
                trouble = "connection broken: " + e.getMessage();
                break;
            }
            if (n < 0) {
                break;
            }
            received.write(buffer, 0, n);
            if (received.size() > MAX_RESPONSE_BYTES) {
                trouble = "answer larger than " + MAX_RESPONSE_BYTES + " bytes";
                break;
            }
        }
        Response last = parse(received.toByteArray(), head, true);
        if (last == null) {
            return new Response(0, Map.of(), received.toByteArray(),
                    trouble != null ? trouble : received.size() == 0 ? "closed without an answer" : "no status line");
        }
        return trouble == null ? last : new Response(last.status(), last.headers(), last.body(), trouble);
    }

    /**
     * The response in {@code bytes}, interim (1xx) ones skipped; null when more is needed and the stream has not
     * {@code ended}.
     */
    private static Response parse(byte[] bytes, boolean head, boolean ended) {
        int start = 0;
        while (true) {
            int end = indexOf(bytes, END_OF_HEADERS, start);
            if (end < 0) {
                return null;
            }
            String[] lines = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1).split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            int status;
            try {
                status = statusLine.length >= 2 ? Integer.parseInt(statusLine[1]) : 0;
            } catch (NumberFormatException e) {
                status = 0;
            }
            if (status == 0) {
                return null;
            }
            int bodyStart = end + END_OF_HEADERS.length;
            if (status >= 100 && status < 200) {
                start = bodyStart;
                continue;
            }
            Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
            for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
                }
            }
            byte[] rest = Arrays.copyOfRange(bytes, bodyStart, bytes.length);
            if (head || status == 204 || status == 304) {
                return new Response(status, headers, new byte[0], null);
            }
            List<String> encoding = headers.get("transfer-encoding");
            if (encoding != null && String.join(",", encoding).toLowerCase(Locale.ROOT).contains("chunked")) {
                byte[] decoded = dechunk(rest);
                return decoded != null ? new Response(status, headers, decoded, null)
                        : ended ? new Response(status, headers, rest, "chunked body cut short") : null;
            }
            List<String> length = headers.get("content-length");
            if (length != null) {
                int expected = Integer.parseInt(length.get(0));
                if (rest.length >= expected) {
                    return new Response(status, headers, Arrays.copyOf(rest, expected), null);
                }
                return ended ? new Response(status, headers, rest, "body cut short") : null;
            }
            return ended ? new Response(status, headers, rest, null) : null;
        }
    }

    /** The chunked body decoded, or null while the last chunk has not come. */
    private static byte[] dechunk(byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(bytes, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                return null;
            }
            String size = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            int dataStart = lineEnd + 2;
            if (length == 0) {
                return bytes.length >= dataStart + 2 ? body.toByteArray() : null; // the CRLF after no trailers
            }
            if (bytes.length < dataStart + length + 2) {
                return null;
            }
            body.write(bytes, dataStart, length);
            at = dataStart + length + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

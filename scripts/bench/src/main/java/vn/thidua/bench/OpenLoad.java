package vn.thidua.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-model load generator: requests are due at a fixed rate whatever the server does, and each
 * latency is measured from the moment the request was due (not when a connection became free), so a
 * stalled server shows in the percentiles instead of slowing the generator down (no coordinated
 * omission). HTTP/1.1 keep-alive over {@code connections} sockets, one thread each; loopback only.
 */
final class OpenLoad {

    record Result(double rate, long sent, long errors, double p50Ms, double p99Ms, double maxMs) {
    }

    private OpenLoad() {
    }

    static Result run(String url, Map<String, String> headers, double rate, double seconds, int connections)
            throws InterruptedException {
        URI uri = URI.create(url);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("loopback only: " + url);
        }
        StringBuilder request = new StringBuilder("GET ").append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\nHost: ")
                .append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        byte[] bytes = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        long period = (long) (1e9 / rate);
        long start = System.nanoTime() + 20_000_000L;
        long end = start + (long) (seconds * 1e9);
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Recorder recorder = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread t = new Thread(() -> {
                Socket socket = null;
                BufferedInputStream in = null;
                try {
                    while (true) {
                        long due = start + next.getAndIncrement() * period;
                        if (due >= end) {
                            return;
                        }
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        try {
                            if (socket == null) {
                                socket = new Socket();
                                socket.setTcpNoDelay(true);
                                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
                                socket.setSoTimeout(30_000);
                                in = new BufferedInputStream(socket.getInputStream(), 65536);
                            }
                            OutputStream out = socket.getOutputStream();
                            out.write(bytes);
                            out.flush();
                            int status = readResponse(in);
                            if (status < 200 || status >= 300) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            close(socket);
                            socket = null;
                        }
                        recorder.recordValue(Math.max(0, System.nanoTime() - due));
                    }
                } finally {
                    close(socket);
                }
            }, "open-load-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Histogram h = recorder.getIntervalHistogram();
        return new Result(rate, h.getTotalCount(), errors.get(), h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }

    /** Reads one response (status line, headers, Content-Length or chunked body); returns the status. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        if (status.length() < 12) {
            throw new IOException("bad status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return code;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}

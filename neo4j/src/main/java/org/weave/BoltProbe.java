package org.weave;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Checks that a Bolt server answers the protocol handshake, not merely that its port is open. */
final class BoltProbe {
    // The Bolt magic preamble, then four proposed versions: 5.0 to 5.4, 4.4, and two empty slots.
    private static final byte[] HANDSHAKE = {
        0x60, 0x60, (byte) 0xB0, 0x17,
        0, 4, 4, 5,
        0, 0, 4, 4,
        0, 0, 0, 0,
        0, 0, 0, 0,
    };
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final long RETRY_DELAY_MS = 200;

    private BoltProbe() {}

    static void awaitAnswer(String host, int port, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        IOException last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (agreesOnVersion(host, port)) return;
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(RETRY_DELAY_MS);
        }
        throw new IllegalStateException("Bolt on " + host + ":" + port + " did not answer the handshake", last);
    }

    private static boolean agreesOnVersion(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(HANDSHAKE);
            out.flush();
            int agreed = new DataInputStream(socket.getInputStream()).readInt();
            return agreed != 0;
        }
    }
}

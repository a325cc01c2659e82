package org.weave;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in this JVM with only a Bolt connector on 127.0.0.1, and prints one line,
 * NEO4J_URI=bolt://127.0.0.1:PORT, on standard output once Bolt answers. Everything else goes to
 * standard error. SIGINT and SIGTERM shut the database down cleanly through a shutdown hook.
 *
 * <p>Usage: Neo4jLauncher --home DIR [--port N] [--stop-on-stdin-eof] (port 0, the default, picks a free
 * port). With --stop-on-stdin-eof the server also stops when standard input closes, so a JVM started by
 * a parent that dies without signalling it does not live on holding the database.
 */
public final class Neo4jLauncher {
    private static final String LOOPBACK = "127.0.0.1";
    private static final long START_TIMEOUT_MS = 300_000;

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        LauncherOptions options = LauncherOptions.parse(args);
        // Keep stdout for the one line the caller waits for; whatever Neo4j or a library prints goes to stderr.
        PrintStream announce = System.out;
        System.setOut(System.err);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.home())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, options.port()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Safe only because Bolt listens on loopback; a shared server needs auth.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                // Netty's default 5 s quiet period, twice over, would make every stop take 10 s longer.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-launcher: shutting down");
            dbms.shutdown();
            System.err.println("neo4j-launcher: stopped");
        }, "neo4j-launcher-shutdown"));

        GraphDatabaseAPI database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!database.isAvailable(START_TIMEOUT_MS)) {
            System.err.println("neo4j-launcher: the default database did not become available");
            System.exit(1);
        }
        int port = boundBoltPort(database);
        BoltProbe.awaitAnswer(LOOPBACK, port, START_TIMEOUT_MS);
        announce.println("NEO4J_URI=bolt://" + LOOPBACK + ":" + port);
        announce.flush();
        if (options.stopOnStdinEof()) stopWhenStdinCloses();
        // Neo4j's own threads keep the JVM alive until a signal runs the shutdown hook.
    }

    private static void stopWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException e) {
                // A broken pipe means the parent is gone as surely as an end of file.
            }
            System.err.println("neo4j-launcher: standard input closed");
            System.exit(0);
        }, "neo4j-launcher-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The port Bolt actually bound, which differs from the configured one when that was 0. */
    private static int boundBoltPort(GraphDatabaseAPI database) {
        ConnectorPortRegister ports = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
        if (bolt == null) throw new IllegalStateException("the Bolt connector registered no port");
        return bolt.getPort();
    }

    record LauncherOptions(Path home, int port, boolean stopOnStdinEof) {
        static LauncherOptions parse(String[] args) {
            Path home = null;
            int port = 0;
            boolean stopOnStdinEof = false;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--home" -> home = Path.of(required("--home", value)).toAbsolutePath();
                    case "--port" -> port = Integer.parseInt(required("--port", value));
                    case "--stop-on-stdin-eof" -> {
                        stopOnStdinEof = true;
                        continue;
                    }
                    default -> throw usage("unknown argument " + args[i]);
                }
                i++;
            }
            if (home == null) throw usage("--home is required");
            if (port < 0 || port > 65_535) throw usage("--port must be 0 to 65535");
            return new LauncherOptions(home, port, stopOnStdinEof);
        }

        private static String required(String name, String value) {
            if (value == null) throw usage(name + " needs a value");
            return value;
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException(problem + "; usage: Neo4jLauncher --home DIR [--port N] [--stop-on-stdin-eof]");
        }
    }
}

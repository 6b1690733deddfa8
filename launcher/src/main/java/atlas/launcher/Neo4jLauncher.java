package atlas.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Runs an embedded Neo4j Community DBMS with only a loopback Bolt connector (no auth, no TLS) until it
 * receives SIGTERM/SIGINT or its stdin reaches EOF. The parent process (server/src/neo4j/localNeo4j.ts)
 * waits for the single {@code NEO4J_READY} line on stdout; everything else goes to stderr or the data dir.
 *
 * <p>Usage: {@code java -Xmx1g <flags> -jar atlas-neo4j-launcher.jar --port 7687 (--data-dir DIR | --ephemeral)
 * [--pagecache 256m] [--tx-memory 512m] [--ignore-stdin]}. {@code --ephemeral} alone uses a fresh temp directory;
 * with {@code --data-dir} it deletes that directory on exit. {@code --ignore-stdin} is for running it by hand in the
 * background, where stdin is /dev/null and would otherwise stop it at once.
 */
public final class Neo4jLauncher {
    private static final int EXIT_USAGE = 64;
    private static final int EXIT_PORT_IN_USE = 65;
    private static final int EXIT_STARTUP_FAILED = 70;

    /** Released once startup has produced a DBMS or given up; the shutdown hook waits for it (see main). */
    private static final CountDownLatch STARTUP_SETTLED = new CountDownLatch(1);

    private record Options(
            int port, Path dataDir, boolean ephemeral, String pageCache, String txMemory, boolean watchStdin) {}

    public static void main(String[] args) {
        // stdout is reserved for the readiness line; anything a library prints goes to stderr instead.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Options options;
        try {
            options = parseArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("usage: --port N (--data-dir PATH | --ephemeral) [--pagecache 256m] [--tx-memory 512m]"
                    + " [--ignore-stdin]");
            exit(EXIT_USAGE, e.getMessage());
            return;
        }

        // Registered first so that a signal, a vanished parent or a failed start all shut down and clean up.
        // A signal can arrive while build() is still running on the main thread (System.exit does not stop it):
        // the hook then waits for that DBMS and shuts it down, rather than deleting files under a starting Neo4j.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        AtomicBoolean shuttingDown = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown.set(true);
            try {
                STARTUP_SETTLED.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            DatabaseManagementService started = running.get();
            if (started != null) {
                started.shutdown();
            }
            deleteIfEphemeral(options);
        }, "neo4j-shutdown"));
        if (options.watchStdin()) {
            watchStdinForEof();
        }

        // Neo4j binds Bolt only after starting its databases (~10 s); fail fast in the common case instead.
        if (!portIsFree(options.port())) {
            exit(EXIT_PORT_IN_USE, "port 127.0.0.1:" + options.port() + " is already in use");
        }

        DatabaseManagementService dbms;
        try {
            dbms = buildDbms(options);
        } catch (Throwable e) {
            if (hasCause(e, BindException.class)) {
                exit(EXIT_PORT_IN_USE, "port 127.0.0.1:" + options.port() + " is already in use");
            }
            e.printStackTrace();
            exit(EXIT_STARTUP_FAILED, "Neo4j failed to start (logs in " + options.dataDir().resolve("logs") + ")");
            return;
        }
        running.set(dbms);
        STARTUP_SETTLED.countDown();
        if (shuttingDown.get()) {
            return; // stopped while starting: the shutdown hook owns the DBMS now
        }

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            exit(EXIT_STARTUP_FAILED, "the default database did not become available within 2 minutes");
            return;
        }
        protocolOut.println("NEO4J_READY bolt://127.0.0.1:" + options.port() + " version=" + Version.getNeo4jVersion());
        protocolOut.flush();
        // main returns; the non-daemon Neo4j threads keep the JVM alive until a signal or stdin EOF.
    }

    private static void exit(int status, String message) {
        System.err.println("atlas-neo4j-launcher: " + message);
        STARTUP_SETTLED.countDown(); // nothing (more) for the shutdown hook to wait for
        System.exit(status);
    }

    private static DatabaseManagementService buildDbms(Options options) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.dataDir())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Server-side routing would open a second listener (7688) that collides between instances.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // No phoning home: this machine (and CI) must only talk to loopback.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Preallocation reserves 256 MiB of transaction log per database on disk; pointless for dev/test.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logs_directory, options.dataDir().resolve("logs"))
                // Netty's default 5 s quiet period, paid once per Bolt event loop group, made every stop take ~10 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (options.pageCache() != null) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache()));
        }
        if (options.txMemory() != null) {
            builder.setConfig(
                    GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(options.txMemory()));
        }
        return builder.build();
    }

    private static Options parseArgs(String[] args) {
        Integer port = null;
        Path dataDir = null;
        boolean ephemeral = false;
        String pageCache = "256m";
        String txMemory = null;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(valueOf(args, ++i, arg));
                case "--data-dir" -> dataDir = Path.of(valueOf(args, ++i, arg)).toAbsolutePath();
                case "--ephemeral" -> ephemeral = true;
                case "--pagecache" -> pageCache = valueOf(args, ++i, arg);
                case "--tx-memory" -> txMemory = valueOf(args, ++i, arg);
                case "--ignore-stdin" -> watchStdin = false;
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (port == null) {
            throw new IllegalArgumentException("--port is required");
        }
        if (dataDir == null && !ephemeral) {
            throw new IllegalArgumentException("either --data-dir or --ephemeral is required");
        }
        try {
            // With --ephemeral and --data-dir, the given directory is treated as throwaway and deleted on exit.
            Path home = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("atlas-neo4j-");
            return new Options(port, home, ephemeral, pageCache, txMemory, watchStdin);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create data directory: " + e.getMessage());
        }
    }

    private static String valueOf(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port " + value);
        }
    }

    /** The parent keeps our stdin open; EOF means it is gone (even if SIGKILLed), so we must not linger. */
    private static void watchStdinForEof() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the same as EOF.
            }
            System.exit(0); // runs the shutdown hook
        }, "stdin-eof-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Like Neo4j's own listener: sockets in TIME_WAIT from a killed predecessor must not count as "in use".
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void deleteIfEphemeral(Options options) {
        if (!options.ephemeral()) {
            return;
        }
        try {
            Files.walkFileTree(options.dataDir(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("atlas-neo4j-launcher: could not delete " + options.dataDir() + ": " + e);
        }
    }

    private Neo4jLauncher() {}
}

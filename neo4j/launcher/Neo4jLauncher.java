import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community DBMS with only the Bolt connector, on 127.0.0.1, with
 * authentication on. Started (detached) by neo4j/localNeo4j.ts; stopped by SIGTERM.
 *
 * Settings come from system properties so they show up in `ps` and /proc/PID/cmdline, which is
 * how localNeo4j.ts recognises its own instances. The password is the exception: it comes from
 * the NEO4J_PASSWORD environment variable so it does not show up in `ps`.
 */
public final class Neo4jLauncher {
    static final String PROP_HOME = "neo4j.launcher.home";
    static final String PROP_BOLT_PORT = "neo4j.launcher.boltPort";
    static final String PROP_PAGE_CACHE = "neo4j.launcher.pageCache";
    static final String PROP_PID_FILE = "neo4j.launcher.pidFile";
    static final String PROP_PASSWORD = "neo4j.launcher.password";
    static final String ENV_PASSWORD = "NEO4J_PASSWORD";

    static final String BOLT_HOST = "127.0.0.1";
    static final String ADMIN_USER = "neo4j";
    static final String DEFAULT_PAGE_CACHE = "1g";
    static final long BUILD_WAIT_ON_SHUTDOWN_SECONDS = 120;

    /** localNeo4j.ts waits for this prefix in the log before it checks Bolt. */
    static final String READY_PREFIX = "READY ";
    static final String FAILED_PREFIX = "FAILED ";

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable e) {
            System.out.println(FAILED_PREFIX + oneLine(e));
            e.printStackTrace(System.out);
            System.out.flush();
            // Neo4j leaves non-daemon threads behind when startup fails half-way.
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run() throws Exception {
        Path home = Paths.get(required(PROP_HOME)).toAbsolutePath();
        int boltPort = Integer.parseInt(required(PROP_BOLT_PORT));
        String pageCache = System.getProperty(PROP_PAGE_CACHE, DEFAULT_PAGE_CACHE);
        String pidFileProperty = System.getProperty(PROP_PID_FILE);
        Path pidFile = pidFileProperty == null ? null : Paths.get(pidFileProperty).toAbsolutePath();
        String password = System.getenv(ENV_PASSWORD);
        if (password == null || password.isEmpty()) {
            password = System.getProperty(PROP_PASSWORD);
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("no password: set " + ENV_PASSWORD);
        }

        long pid = ProcessHandle.current().pid();
        if (pidFile != null) {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, pid + "\n", StandardCharsets.UTF_8);
        }

        // Registered before build() and waiting for it, so a SIGTERM during a slow startup
        // still ends in a clean shutdown instead of a store that needs recovery.
        AtomicReference<DatabaseManagementService> started = new AtomicReference<>();
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING (shutdown requested)");
            System.out.flush();
            try {
                built.await(BUILD_WAIT_ON_SHUTDOWN_SECONDS, TimeUnit.SECONDS);
                DatabaseManagementService running = started.get();
                if (running != null) {
                    running.shutdown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                deletePidFileIfOurs(pidFile, pid);
                System.out.println("STOPPED");
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        DatabaseManagementService service;
        try {
            service = buildService(home, boltPort, pageCache);
            started.set(service);
        } finally {
            built.countDown();
        }

        setPassword(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);

        System.out.println(READY_PREFIX + "bolt://" + BOLT_HOST + ":" + boltPort + " pid=" + pid
                + " neo4j=" + neo4jVersion(service));
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementService buildService(Path home, int boltPort, String pageCache) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // The app's own tests choose passwords; Neo4j's 8-character floor is not ours to keep.
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // Nothing may leave this machine, and the usage report would only time out.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(BOLT_HOST, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(BOLT_HOST, boltPort))
                // Netty otherwise idles 5 s per event loop group before it lets go on shutdown,
                // which made every stop take over 10 s; a local server has nothing to drain.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /**
     * Embedded transactions run with full rights, so the password can always be (re)set here;
     * Neo4j refuses a "change" to the current password, which just means it is already right.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER " + ADMIN_USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase();
            if (!message.contains("cannot be the same")) {
                throw e;
            }
            // Same password, but an earlier run may have left "change required" set.
            system.executeTransactionally("ALTER USER " + ADMIN_USER + " SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static String neo4jVersion(DatabaseManagementService service) {
        return service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
                Map.of(),
                result -> result.hasNext() ? String.valueOf(result.next().get("version")) : "unknown");
    }

    private static void deletePidFileIfOurs(Path pidFile, long pid) {
        if (pidFile == null) {
            return;
        }
        try {
            if (Files.exists(pidFile) && Files.readString(pidFile).trim().equals(Long.toString(pid))) {
                Files.delete(pidFile);
            }
        } catch (IOException ignored) {
            // A stale pid file is detected (and replaced) by localNeo4j.ts anyway.
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing -D" + property);
        }
        return value;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == e ? String.valueOf(e) : e + " (cause: " + root + ")";
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}

package dev.parley.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in this JVM with Bolt on loopback, for Parley's embedded default.
 *
 * <p>Usage: {@code Main --data DIR [--port N] [--host H] [--pagecache BYTES] [--watch-stdin]}. Prints
 * one line {@code READY bolt://HOST:PORT} on stdout once {@code RETURN 1} succeeds; everything else
 * goes to stderr. Exit codes: 0 clean stop, 2 usage, 3 data directory in use, 1 any other failure.
 */
public final class Main {
  private static final String DATABASE = "neo4j";
  // Held for the life of the JVM; the OS drops it when the process dies, even by SIGKILL.
  private static FileLock directoryLock;

  private Main() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("neo4j-embedded: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    long started = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      Files.createDirectories(options.data);
      lockDirectory(options);
      dbms = build(options);
    } catch (Throwable e) {
      fail(options, e);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("neo4j-embedded: shutting down");
      dbms.shutdown();
      System.err.println("neo4j-embedded: stopped");
    }, "neo4j-shutdown"));
    try {
      GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(DATABASE);
      db.executeTransactionally("RETURN 1");
      ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
      int port = ports.getLocalAddress(ConnectorType.BOLT).getPort();
      long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
      System.out.println("READY bolt://" + options.host + ":" + port + " (started in " + ms + " ms)");
      System.out.flush();
    } catch (Throwable e) {
      fail(options, e);
      return;
    }
    if (options.watchStdin) {
      watchStdin();
    }
  }

  // Neo4j's own store lock fails only after a slow start; ours fails at once with a plain message.
  private static void lockDirectory(Options options) throws IOException {
    FileChannel channel = FileChannel.open(options.data.resolve("parley-launcher.lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    directoryLock = channel.tryLock();
    if (directoryLock == null) {
      System.err.println("neo4j-embedded: the data directory " + options.data.toAbsolutePath()
          + " is in use by another Neo4j process; stop it or choose another directory");
      System.exit(3);
    }
  }

  private static DatabaseManagementService build(Options options) {
    return new DatabaseManagementServiceBuilder(options.data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecache)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
        .build();
  }

  // The parent keeps our stdin open; its end (even by SIGKILL) means nobody will stop us, so we stop.
  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
          // input is ignored; only end of stream matters
        }
      } catch (IOException ignored) {
        // a broken pipe is an end of stream too
      }
      System.exit(0);
    }, "stdin-watch");
    watcher.setDaemon(false);
    watcher.start();
  }

  private static void fail(Options options, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("locked by another process") || message.contains("lock file")) {
        System.err.println("neo4j-embedded: the data directory " + options.data.toAbsolutePath()
            + " is in use by another Neo4j process; stop it or choose another directory");
        System.exit(3);
      }
      if (message.contains("address already in use")) {
        System.err.println("neo4j-embedded: port " + options.port + " on " + options.host
            + " is already in use; choose another port");
        System.exit(1);
      }
    }
    System.err.println("neo4j-embedded: failed to start: " + e);
    e.printStackTrace(System.err);
    System.exit(1);
  }

  private static final class Options {
    static final String USAGE =
        "usage: Main --data DIR [--port N (0 = any free)] [--host 127.0.0.1] [--pagecache BYTES] [--watch-stdin]";
    Path data;
    String host = "127.0.0.1";
    int port = 7687;
    long pagecache = 128L * 1024 * 1024;
    boolean watchStdin;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--data" -> o.data = Path.of(value(args, ++i, arg));
          case "--host" -> o.host = value(args, ++i, arg);
          case "--port" -> o.port = number(value(args, ++i, arg), arg);
          case "--pagecache" -> o.pagecache = Long.parseLong(value(args, ++i, arg));
          case "--watch-stdin" -> o.watchStdin = true;
          default -> throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (o.data == null) {
        throw new IllegalArgumentException("--data is required");
      }
      return o;
    }

    private static String value(String[] args, int i, String name) {
      if (i >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args[i];
    }

    private static int number(String s, String name) {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a number, got " + s);
      }
    }
  }
}

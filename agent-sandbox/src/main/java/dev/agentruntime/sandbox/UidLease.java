package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A host-wide, exclusive lease on a range of host uids, so that no two sandboxes (in one JVM or in
 * several) run code under the same uid: the process limit counts per uid, and processes of one
 * uid can signal each other.
 *
 * <p>The uid space is cut into units of {@link #UNIT} uids (unit {@code k} is uids {@code k*1000}
 * to {@code k*1000+999}); a lease holds an exclusive {@code fcntl} lock ({@link FileChannel#tryLock})
 * on the lock file of every unit its range touches, {@code uids-<first uid of the unit>.lock} in
 * a host-wide directory (mode 0700, owned by the JVM's user). The kernel drops the locks when the
 * JVM dies, so a crashed JVM leaves no lease, at most a lock file the next lease takes over. A
 * range is also skipped when a process runs under one of its uids (a leftover of a crashed run, or
 * another tool), as {@code /proc/<pid>/status} shows (real, effective, saved or filesystem uid).
 *
 * <p>A lock file is deleted by its holder before the lock is released; whoever locks a file checks
 * that its path named the same file (device and inode) before it opened it and after it locked it,
 * else tries again.
 * A JVM never opens a lock file it holds a second time: closing any descriptor of a file drops
 * every {@code fcntl} lock the process holds on it. Units held in this JVM are therefore kept in
 * {@link #HELD}, and a channel whose lock attempt found an overlap (a lock of this JVM taken
 * through another copy of this class) is kept open, not closed.
 */
final class UidLease implements AutoCloseable {
  /** uids per lock file. */
  static final int UNIT = 1000;
  /** How many ranges at and above the base a lease looks at before it gives up. */
  static final int MAX_CANDIDATES = 1024;
  /** The highest uid a lease hands out (uids are Java ints here). */
  static final long MAX_UID = Integer.MAX_VALUE;
  private static final String NAME = "agent-sandbox-uids";

  /** Units whose lock file this JVM (this copy of the class) has open. */
  private static final Set<Long> HELD = new HashSet<>();
  /** Channels that must stay open (see the class comment). */
  private static final List<FileChannel> KEPT_OPEN = new ArrayList<>();

  private record Unit(long index, Path file, FileChannel channel, FileLock lock) {}

  private final Path directory;
  private final long first;
  private final int count;
  private final List<Unit> units;
  private final AtomicBoolean released = new AtomicBoolean();

  private UidLease(Path directory, long first, int count, List<Unit> units) {
    this.directory = directory;
    this.first = first;
    this.count = count;
    this.units = units;
  }

  /** @return the first leased uid */
  int first() {
    return (int) first;
  }

  /** @return how many uids are leased */
  int count() {
    return count;
  }

  /** @return the last leased uid */
  long last() {
    return first + count - 1;
  }

  /** @return a line for {@link IsolationReport#notes()} */
  String note() {
    return "host uids " + first + "-" + last() + " leased for this sandbox's " + count + " uid slots (exclusive lock on "
        + (units.size() == 1 ? units.get(0).file() : units.size() + " lock files in " + directory)
        + "; no other sandbox on this host uses them; released once close() has reaped every execution)";
  }

  /**
   * @return {@code /run/lock/agent-sandbox-uids} when {@code /run/lock} is a writable directory,
   *     else {@code agent-sandbox-uids} in {@code java.io.tmpdir}
   */
  static Path defaultDirectory() {
    Path runLock = Paths.get("/run/lock");
    if (Files.isDirectory(runLock) && Files.isWritable(runLock)) {
      return runLock.resolve(NAME);
    }
    return Paths.get(System.getProperty("java.io.tmpdir")).resolve(NAME);
  }

  /**
   * Leases {@code count} consecutive uids: the first range at or above {@code base} whose units no
   * one holds and under whose uids no process runs. Candidates are {@code base}, then the first uid
   * of each following unit, {@link #MAX_CANDIDATES} in all.
   *
   * @param directory the lock directory; created (0700) when missing
   * @param base the lowest uid to use
   * @param count uids needed
   * @param ownerUid the uid the directory must belong to (the JVM's)
   * @param proc the {@code /proc} to look for processes in
   * @return the lease
   * @throws SandboxException when the directory is unsafe or unusable
   * @throws SandboxUnavailableException when every candidate range is taken
   */
  static UidLease acquire(Path directory, long base, int count, int ownerUid, Path proc) {
    if (count < 1 || base < 1) {
      throw new IllegalArgumentException("base " + base + ", count " + count);
    }
    prepareDirectory(directory, ownerUid);
    long start = base;
    long hi = Math.min(MAX_UID, nextCandidate(base, count, MAX_CANDIDATES - 1) + count - 1);
    NavigableSet<Long> busy = uidsInUse(proc, base, hi);
    int lockedByOthers = 0;
    int withProcesses = 0;
    for (int k = 0; k < MAX_CANDIDATES && start + count - 1 <= MAX_UID; k++, start = nextCandidate(start, count, 1)) {
      if (runsAny(busy, start, count)) {
        withProcesses++;
        continue;
      }
      List<Unit> held = lockUnits(directory, start, count);
      if (held == null) {
        lockedByOthers++;
        continue;
      }
      // locked: a process started under these uids meanwhile is a stray too
      busy = uidsInUse(proc, base, hi);
      if (runsAny(busy, start, count)) {
        unlock(held);
        withProcesses++;
        continue;
      }
      return new UidLease(directory, start, count, held);
    }
    throw new SandboxUnavailableException("no free range of " + count + " host uids at or above sandboxUidBase " + base
        + " (up to uid " + hi + "): " + lockedByOthers + " candidate ranges are leased by other sandboxes (lock files in "
        + directory + ") and " + withProcesses + " have processes running under their uids; close other sandboxes, "
        + "kill the stray processes or choose another sandboxUidBase", null);
  }

  /** The candidate {@code steps} after {@code start}: the first uid of the unit after its range's last. */
  static long nextCandidate(long start, int count, int steps) {
    long s = start;
    for (int i = 0; i < steps; i++) {
      s = ((s + count - 1) / UNIT + 1) * UNIT;
    }
    return s;
  }

  private static boolean runsAny(NavigableSet<Long> busy, long start, int count) {
    return !busy.subSet(start, start + count).isEmpty();
  }

  /** Checks the lock directory, creating it (0700) when it is missing. */
  static void prepareDirectory(Path dir, int ownerUid) {
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (FileAlreadyExistsException e) {
      // checked below
    } catch (IOException | UnsupportedOperationException e) {
      throw new SandboxException("cannot create the uid lease directory " + dir + ": " + e, e);
    }
    try {
      PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isSymbolicLink()) {
        throw new SandboxException("the uid lease directory " + dir + " is a symbolic link; refusing it (remove it: "
            + "the sandbox creates the directory itself)", null);
      }
      if (!a.isDirectory()) {
        throw new SandboxException("the uid lease directory " + dir + " is not a directory", null);
      }
      int owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      if (owner != ownerUid) {
        throw new SandboxException("the uid lease directory " + dir + " belongs to uid " + owner + ", not to this JVM's"
            + " uid " + ownerUid + "; refusing it (another user could forge or hold leases)", null);
      }
      Set<PosixFilePermission> p = a.permissions();
      if (p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
        throw new SandboxException("the uid lease directory " + dir + " is writable by others ("
            + PosixFilePermissions.toString(p) + "); refusing it (expected rwx------)", null);
      }
    } catch (IOException | UnsupportedOperationException | ClassCastException e) {
      throw new SandboxException("cannot check the uid lease directory " + dir + ": " + e, e);
    }
  }

  /** Locks every unit of a range, or none (null when one is held by someone else). */
  private static @Nullable List<Unit> lockUnits(Path dir, long start, int count) {
    List<Unit> held = new ArrayList<>();
    for (long u = start / UNIT; u <= (start + count - 1) / UNIT; u++) {
      Unit unit = lockUnit(dir, u);
      if (unit == null) {
        unlock(held);
        return null;
      }
      held.add(unit);
    }
    return held;
  }

  private static Path file(Path dir, long unit) {
    return dir.resolve("uids-" + unit * UNIT + ".lock");
  }

  /** Locks one unit's file, or returns null when it is held (here or elsewhere). */
  private static @Nullable Unit lockUnit(Path dir, long unit) {
    synchronized (HELD) {
      if (!HELD.add(unit)) {
        return null; // this JVM holds it: never open its file again (see the class comment)
      }
    }
    Path file = file(dir, unit);
    boolean ok = false;
    try {
      for (int attempt = 0; attempt < 5; attempt++) {
        Object before = fileKey(file);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
        try {
          if (before == null) {
            // created now (or by someone else meanwhile): look again, then lock what the path names
            ch.close();
            continue;
          }
          FileLock lock;
          try {
            lock = ch.tryLock();
          } catch (OverlappingFileLockException e) {
            // held in this JVM through another copy of this class: closing would drop that lock
            synchronized (KEPT_OPEN) {
              KEPT_OPEN.add(ch);
            }
            ch = null;
            return null;
          }
          if (lock == null) {
            return null; // held by another process (closing is safe: this JVM holds no lock on the file)
          }
          if (!before.equals(fileKey(file))) {
            // its holder deleted it before we locked it, and the path names another file now (or none)
            continue;
          }
          ch.truncate(0);
          ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\nuids " + unit * UNIT + "-"
              + (unit * UNIT + UNIT - 1) + "\n").getBytes(StandardCharsets.US_ASCII)));
          ok = true;
          return new Unit(unit, file, ch, lock);
        } finally {
          if (!ok && ch != null) {
            ch.close();
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new SandboxException("cannot lock the uid lease file " + file + ": " + e, e);
    } finally {
      if (!ok) {
        synchronized (HELD) {
          HELD.remove(unit);
        }
      }
    }
  }

  /** @return the identity (device and inode) of the file a path names, or null when there is none */
  private static @Nullable Object fileKey(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static void unlock(List<Unit> held) {
    for (int i = held.size() - 1; i >= 0; i--) {
      Unit u = held.get(i);
      try {
        // deleted while locked: whoever opened it meanwhile finds, once locked, that the path is gone
        Files.deleteIfExists(u.file());
      } catch (IOException e) {
        org.slf4j.LoggerFactory.getLogger(UidLease.class).warn("could not delete uid lease file {}: {}", u.file(),
            e.toString());
      }
      try {
        u.channel().close(); // releases the lock
      } catch (IOException e) {
        org.slf4j.LoggerFactory.getLogger(UidLease.class).warn("could not close uid lease file {}: {}", u.file(),
            e.toString());
      }
      synchronized (HELD) {
        HELD.remove(u.index());
      }
    }
  }

  /**
   * Host uids (real, effective, saved or filesystem) of running processes, zombies included (they
   * still count against the process limit), between {@code lo} and {@code hi}.
   *
   * @param proc the {@code /proc} directory
   */
  static NavigableSet<Long> uidsInUse(Path proc, long lo, long hi) {
    TreeSet<Long> found = new TreeSet<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(proc, "[0-9]*")) {
      for (Path p : procs) {
        try {
          for (String line : Files.readAllLines(p.resolve("status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("Uid:")) {
              for (String id : line.substring(4).trim().split("\\s+")) {
                long uid = Long.parseLong(id);
                if (uid >= lo && uid <= hi) {
                  found.add(uid);
                }
              }
              break;
            }
          }
        } catch (IOException | RuntimeException e) {
          // ended while we looked
        }
      }
    } catch (IOException e) {
      // no /proc: no process can be seen
    }
    return found;
  }

  /** Releases the lease (once; idempotent): deletes and unlocks its lock files. */
  @Override
  public void close() {
    if (released.compareAndSet(false, true)) {
      unlock(units);
    }
  }
}

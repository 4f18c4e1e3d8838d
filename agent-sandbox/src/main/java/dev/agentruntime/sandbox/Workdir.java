package dev.agentruntime.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The host side of one execution: a private staging directory ({@code code/}, {@code input/} and
 * an empty {@code etc/} mount point; for process-only mode {@code code/} and {@code workspace/}),
 * or, when there is nothing but the code, a single private code file; always deleted afterwards.
 */
final class Workdir {
  private final Path root;
  private final boolean codeOnly;

  private Workdir(Path root, boolean codeOnly) {
    this.root = root;
    this.codeOnly = codeOnly;
  }

  static Workdir create(Path workRoot, Interpreter interpreter, ExecutionRequest request, boolean workspaceOnHost)
      throws IOException {
    if (!workspaceOnHost && request.inputFilesNoCopy().isEmpty()) {
      // nothing but the code: a single private file, no directories to create and remove
      Path file = Files.createTempFile(workRoot, "agent-sandbox-", ".code",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try {
        Files.writeString(file, request.code(), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return new Workdir(file, true);
    }
    Path root = Files.createTempDirectory(workRoot, "agent-sandbox-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Workdir dir = new Workdir(root, false);
    try {
      Files.createDirectory(dir.code());
      if (!workspaceOnHost) {
        // mount point for the sandbox's account files (BubblewrapLauncher.ACCOUNTS)
        Files.createDirectory(root.resolve("etc"));
      }
      Files.writeString(dir.code().resolve(interpreter.fileName()), request.code(), StandardCharsets.UTF_8);
      Path files = workspaceOnHost ? dir.workspace() : dir.input();
      if (workspaceOnHost) {
        Files.createDirectories(dir.workspace().resolve(".tmp"));
      }
      for (Map.Entry<String, byte[]> e : request.inputFilesNoCopy().entrySet()) {
        Path target = files.resolve(e.getKey()).normalize();
        if (!target.startsWith(files)) {
          throw new IllegalArgumentException("input file name '" + e.getKey() + "' leaves the work directory");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      return dir;
    } catch (IOException | RuntimeException e) {
      dir.delete();
      throw e;
    }
  }

  /**
   * @param workRoot where to create it
   * @param content what it holds
   * @return a single private file holding {@code content} ({@link #codeOnly()})
   * @throws IOException when it cannot be written
   */
  static Workdir ofBytes(Path workRoot, byte[] content) throws IOException {
    Path file = Files.createTempFile(workRoot, "agent-sandbox-", ".in",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(file, content);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Workdir(file, true);
  }

  Path root() {
    return root;
  }

  /**
   * @return whether this holds only the code, as the single file {@link #root()} (no input
   *     files, no host workspace), rather than a directory tree
   */
  boolean codeOnly() {
    return codeOnly;
  }

  Path code() {
    return root.resolve("code");
  }

  Path input() {
    return root.resolve("input");
  }

  Path workspace() {
    return root.resolve("workspace");
  }

  /** Gives the whole tree to a host uid (used when the JVM is root and the code is not). */
  void chown(int uid) throws IOException {
    if (codeOnly) {
      Files.setAttribute(root, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(root, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.forEach(p -> {
        try {
          Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
          Files.setAttribute(p, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Deletes everything, making directories writable first (code may have chmod-ed them). */
  void delete() {
    if (codeOnly) {
      try {
        Files.deleteIfExists(root);
      } catch (IOException e) {
        org.slf4j.LoggerFactory.getLogger(Workdir.class)
            .warn("could not delete sandbox code file {}: {}", root, e.toString());
      }
      return;
    }
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          try {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
          } catch (IOException | UnsupportedOperationException ignored) {
            // best effort; the delete below reports what is left
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
          Files.deleteIfExists(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(Workdir.class)
          .warn("could not fully delete sandbox work directory {}: {}", root, e.toString());
    }
  }
}

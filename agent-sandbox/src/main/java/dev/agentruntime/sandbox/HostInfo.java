package dev.agentruntime.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the host offers, detected once per {@link CodeSandbox.Builder#build()}. */
record HostInfo(Path bwrap, String bwrapVersion, String bwrapHelp, Path prlimit, Path setpriv, Path setsid, Path chroot,
    int uid) {

  private static final List<String> BIN_DIRS = List.of("/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin", "/sbin");

  static HostInfo detect(Path bwrapOverride) {
    Path bwrap = bwrapOverride != null ? (Files.isExecutable(bwrapOverride) ? bwrapOverride : null) : find("bwrap");
    String version = "";
    String help = "";
    if (bwrap != null) {
      version = run(bwrap.toString(), "--version").replaceFirst("(?i)^bubblewrap\\s*", "").trim();
      help = run(bwrap.toString(), "--help");
    }
    return new HostInfo(bwrap, version, help, find("prlimit"), find("setpriv"), find("setsid"), find("chroot"),
        currentUid());
  }

  boolean bwrapSupports(String option) {
    return bwrapHelp.contains(option + " ");
  }

  boolean isRoot() {
    return uid == 0;
  }

  /**
   * Whether {@code bwrap} is installed setuid or setgid: then it must be started with {@code
   * no_new_privs} already set (by {@code setpriv}), so that it runs unprivileged like everywhere else.
   */
  boolean bwrapSetId() {
    try {
      return (((Integer) Files.getAttribute(bwrap, "unix:mode")) & 06000) != 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return true; // unknown: take the path that is safe either way
    }
  }

  static Path find(String name) {
    for (String dir : BIN_DIRS) {
      Path p = Paths.get(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  static int currentUid() {
    try {
      return (Integer) Files.getAttribute(Paths.get("/proc/self"), "unix:uid");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return -1;
    }
  }

  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readNBytes(64 * 1024);
      }
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}

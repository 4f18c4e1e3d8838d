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

  /**
   * @param limitsFile {@code /proc/self/limits}
   * @return the JVM's finite hard rlimits by their name there ({@code "Max open files"}, ...),
   *     empty when the file cannot be read
   */
  static java.util.Map<String, Long> hardLimits(Path limitsFile) {
    java.util.Map<String, Long> hard = new java.util.HashMap<>();
    try {
      for (String line : Files.readAllLines(limitsFile, StandardCharsets.US_ASCII)) {
        // "Max open files            1024                 4096                 files"
        String[] f = line.trim().split("\\s{2,}");
        if (f.length >= 3 && f[0].startsWith("Max ")) {
          try {
            hard.put(f[0], Long.parseLong(f[2]));
          } catch (NumberFormatException unlimited) {
            // no limit to exceed
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return java.util.Map.of();
    }
    return java.util.Map.copyOf(hard);
  }

  /**
   * The code's rlimits are set by processes without the privilege to raise a hard limit (the code's
   * own uid, or a user namespace), so none can be above the JVM's own.
   *
   * @param l limits
   * @param hard the JVM's finite hard rlimits ({@link #hardLimits})
   * @return null when every limit can be applied, else which cannot, naming the setting
   */
  static @org.jspecify.annotations.Nullable String limitsProblem(ResourceLimits l, java.util.Map<String, Long> hard) {
    String fix = ": the code cannot be given more than the JVM has; lower it, or raise the JVM's hard limit";
    Long files = hard.get("Max open files");
    if (files != null && l.maxOpenFiles() > files) {
      return "maxOpenFiles " + l.maxOpenFiles() + " is above the JVM's hard limit on open files (" + files + ")" + fix;
    }
    Long procs = hard.get("Max processes");
    if (procs != null && l.maxProcesses() + 1L > procs) {
      return "maxProcesses " + l.maxProcesses() + " must be below the JVM's hard limit on processes (" + procs
          + "; bubblewrap's outer process counts too)" + fix;
    }
    Long as = hard.get("Max address space");
    if (as != null && l.memoryBytes() > as) {
      return "memoryBytes " + l.memoryBytes() + " is above the JVM's hard limit on address space (" + as + ")" + fix;
    }
    Long fsize = hard.get("Max file size");
    if (fsize != null && l.maxFileSizeBytes() > fsize) {
      return "maxFileSizeBytes " + l.maxFileSizeBytes() + " is above the JVM's hard limit on file size (" + fsize
          + ")" + fix;
    }
    Long cpu = hard.get("Max cpu time");
    if (cpu != null && l.cpuSeconds() + 1 > cpu) {
      return "cpuTime " + l.cpuTime() + " must be below the JVM's hard limit on CPU time (" + cpu
          + " s; the hard CPU limit is one second above cpuTime)" + fix;
    }
    return null;
  }
}

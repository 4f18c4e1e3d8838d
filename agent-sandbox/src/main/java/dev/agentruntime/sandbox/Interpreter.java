package dev.agentruntime.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one language is run: the interpreter command, to which the path of the code file is
 * appended. Immutable.
 *
 * <p>The command's first element must be an absolute path. Under bubblewrap only the system
 * directories ({@code /usr}, {@code /bin}, {@code /lib*}, a few files of {@code /etc}) are visible;
 * an interpreter installed elsewhere (say {@code /opt/python3.12}) needs its directory listed in
 * {@code readOnlyPaths}.
 *
 * @param language the name requests use, e.g. {@code "python3"}
 * @param command the interpreter and its fixed arguments
 * @param fileName the name the code is written to, e.g. {@code "main.py"}
 * @param readOnlyPaths extra host paths made visible, read-only, at the same place; each must exist
 *     when the sandbox is built and is checked as {@link CodeSandbox.Builder#readOnlyPath} ones are
 *     ({@link CodeSandbox.Builder#build()} fails naming a bad one)
 */
public record Interpreter(String language, List<String> command, String fileName, List<Path> readOnlyPaths) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_+.-]{1,32}");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final List<String> SEARCH_PATH = List.of("/usr/local/bin", "/usr/bin", "/bin");

  /**
   * Validates and copies; messages name the bad setting.
   *
   * @param language the name requests use, e.g. {@code "python3"}
   * @param command the interpreter and its fixed arguments
   * @param fileName the name the code is written to, e.g. {@code "main.py"}
   * @param readOnlyPaths extra host paths made visible, read-only, at the same place
   */
  public Interpreter {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(fileName, "fileName");
    readOnlyPaths = readOnlyPaths == null ? List.of() : List.copyOf(readOnlyPaths);
    command = List.copyOf(command);
    if (!NAME.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "interpreter language '" + language + "' must be 1-32 characters of letters, digits, '_', '+', '.', '-'");
    }
    if (command.isEmpty() || !command.get(0).startsWith("/")) {
      throw new IllegalArgumentException(
          "interpreter '" + language + "': command must start with an absolute executable path, got " + command);
    }
    if (!FILE.matcher(fileName).matches() || fileName.startsWith(".")) {
      throw new IllegalArgumentException(
          "interpreter '" + language + "': fileName '" + fileName + "' must be a plain file name");
    }
    for (Path p : readOnlyPaths) {
      if (!p.isAbsolute()) {
        throw new IllegalArgumentException(
            "interpreter '" + language + "': readOnlyPaths entry '" + p + "' must be absolute");
      }
    }
  }

  /**
   * An interpreter from the system directories.
   *
   * @param language the name requests use
   * @param fileName the name the code is written to
   * @param command the interpreter and its fixed arguments (first element absolute)
   * @return the interpreter
   */
  public static Interpreter of(String language, String fileName, String... command) {
    return new Interpreter(language, List.of(command), fileName, List.of());
  }

  /** @return {@code python3} (from {@code /usr/local/bin}, {@code /usr/bin} or {@code /bin}), file {@code main.py} */
  public static Interpreter python3() {
    return of("python3", "main.py", locate("python3"), "-B");
  }

  /** @return {@code javascript} run by {@code node}, file {@code main.js} */
  public static Interpreter javascript() {
    return of("javascript", "main.js", locate("node"));
  }

  /** @return {@code bash}, file {@code main.sh} */
  public static Interpreter bash() {
    return of("bash", "main.sh", locate("bash"));
  }

  /**
   * @param extraPaths host paths to expose read-only
   * @return a copy that also exposes these paths
   */
  public Interpreter withReadOnlyPaths(Path... extraPaths) {
    List<Path> all = new ArrayList<>(readOnlyPaths);
    all.addAll(List.of(extraPaths));
    return new Interpreter(language, command, fileName, all);
  }

  /** @return the interpreter executable */
  public Path executable() {
    return Paths.get(command.get(0));
  }

  /** @return whether the executable exists and is executable on this host */
  public boolean isAvailable() {
    return Files.isExecutable(executable());
  }

  private static String locate(String name) {
    for (String dir : SEARCH_PATH) {
      Path p = Paths.get(dir, name);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return "/usr/bin/" + name;
  }
}

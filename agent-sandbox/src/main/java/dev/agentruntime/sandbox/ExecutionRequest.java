package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of code to run. Immutable; build with {@link #builder(String, String)} or {@link
 * #of(String, String)}.
 *
 * @param language the interpreter's language name, e.g. {@code "python3"}, {@code "javascript"},
 *     {@code "bash"}
 * @param code the source text
 * @param stdin what the code reads from standard input (empty when none)
 * @param inputFiles files placed in the work directory before the code starts, keyed by relative
 *     path ({@code "data/in.csv"}); the byte arrays are copied in and out
 * @param limits limits for this execution, or null for the sandbox's
 */
public record ExecutionRequest(
    String language, String code, String stdin, Map<String, byte[]> inputFiles, @Nullable ResourceLimits limits) {

  /**
   * Validates and copies; messages name the bad argument.
   *
   * @param language the interpreter's language name, e.g. {@code "python3"}, {@code "javascript"},
   *     {@code "bash"}
   * @param code the source text
   * @param stdin what the code reads from standard input (empty when none)
   * @param inputFiles files placed in the work directory before the code starts, keyed by relative
   *     path ({@code "data/in.csv"}); the byte arrays are copied in and out
   * @param limits limits for this execution, or null for the sandbox's
   */
  public ExecutionRequest {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(code, "code");
    if (code.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("code must not contain NUL characters");
    }
    stdin = stdin == null ? "" : stdin;
    Map<String, byte[]> copy = new LinkedHashMap<>();
    if (inputFiles != null) {
      for (Map.Entry<String, byte[]> e : inputFiles.entrySet()) {
        String name = checkFileName(e.getKey());
        byte[] content = Objects.requireNonNull(e.getValue(), "inputFiles['" + name + "']");
        copy.put(name, content.clone());
      }
    }
    inputFiles = Collections.unmodifiableMap(copy);
  }

  /**
   * @param language the language
   * @param code the source
   * @return a request without stdin or files, with the sandbox's limits
   */
  public static ExecutionRequest of(String language, String code) {
    return new ExecutionRequest(language, code, "", Map.of(), null);
  }

  /**
   * @param language the language
   * @param code the source
   * @return a builder
   */
  public static Builder builder(String language, String code) {
    return new Builder(language, code);
  }

  /**
   * @param name a relative file path
   * @return its content (a copy), or null
   */
  public byte @Nullable [] inputFile(String name) {
    byte[] b = inputFiles.get(name);
    return b == null ? null : b.clone();
  }

  /** @return the input files, as copies (changing them changes nothing here) */
  @Override
  public Map<String, byte[]> inputFiles() {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    inputFiles.forEach((k, v) -> copy.put(k, v.clone()));
    return Collections.unmodifiableMap(copy);
  }

  Map<String, byte[]> inputFilesNoCopy() {
    return inputFiles;
  }

  static String checkFileName(String name) {
    Objects.requireNonNull(name, "input file name");
    if (name.isBlank() || name.indexOf('\0') >= 0 || name.startsWith("/") || name.contains("\\")) {
      throw new IllegalArgumentException(
          "input file name '" + name + "' must be a non-empty relative path using '/'");
    }
    Path p = Paths.get(name).normalize();
    if (p.toString().isEmpty() || p.startsWith("..") || !p.toString().equals(name)) {
      throw new IllegalArgumentException(
          "input file name '" + name + "' must be a normalized relative path without '..' or '.' segments");
    }
    return name;
  }

  @Override
  public String toString() {
    return "ExecutionRequest[language=" + language + ", code=" + code.length() + " chars, stdin="
        + stdin.length() + " chars, inputFiles=" + inputFiles.keySet() + ", limits=" + limits + "]";
  }

  /** Builder for {@link ExecutionRequest}. */
  public static final class Builder {
    private final String language;
    private final String code;
    private String stdin = "";
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private ResourceLimits limits;

    private Builder(String language, String code) {
      this.language = language;
      this.code = code;
    }

    /**
     * @param value standard input for the code
     * @return this
     */
    public Builder stdin(String value) {
      this.stdin = value;
      return this;
    }

    /**
     * @param name relative path in the work directory
     * @param content the bytes
     * @return this
     */
    public Builder file(String name, byte[] content) {
      files.put(name, content);
      return this;
    }

    /**
     * @param name relative path in the work directory
     * @param content the text, written as UTF-8
     * @return this
     */
    public Builder file(String name, String content) {
      files.put(name, content == null ? null : content.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /**
     * @param value limits for this execution instead of the sandbox's
     * @return this
     */
    public Builder limits(ResourceLimits value) {
      this.limits = value;
      return this;
    }

    /**
     * @return the request
     * @throws IllegalArgumentException naming a bad file name or code
     */
    public ExecutionRequest build() {
      return new ExecutionRequest(language, code, stdin, files, limits);
    }
  }
}

package dev.agentruntime.store.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A Lua script run with {@code EVALSHA}, falling back to {@code EVAL} when the server lacks it. */
final class Scripts {

  private Scripts() {}

  /** One script and its SHA-1. */
  record Script(String name, String source, String sha) {
    <T> T run(RedisClusterCommands<String, String> c, ScriptOutputType type, String[] keys, String... args) {
      try {
        return c.evalsha(sha, type, keys, args);
      } catch (RedisNoScriptException e) {
        return c.eval(source, type, keys, args);
      }
    }
  }

  static Script load(String name, String... prelude) {
    StringBuilder src = new StringBuilder();
    for (String p : prelude) {
      src.append(read(p)).append('\n');
    }
    src.append(read(name));
    String s = src.toString();
    return new Script(name, s, sha1(s));
  }

  private static String read(String name) {
    try (InputStream in = Scripts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("script " + name + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha1(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.agentruntime.store.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
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

  /** Writes a script's arguments (after its keys) straight into Lettuce's command arguments. */
  @FunctionalInterface
  interface Args {
    /** @param args the command's arguments so far (the script and its keys) */
    void writeTo(CommandArgs<String, String> args);
  }

  /** One script and its SHA-1 (also as the bytes sent, so a call does not encode it again). */
  record Script(String name, String source, String sha, byte[] shaBytes) {
    <T> T run(RedisClusterCommands<String, String> c, ScriptOutputType type, String[] keys, String... args) {
      try {
        return c.evalsha(sha, type, keys, args);
      } catch (RedisNoScriptException e) {
        return c.eval(source, type, keys, args);
      }
    }

    /**
     * Runs the script on the budget hot path: its arguments written straight into the command (the
     * SHA-1 as bytes, numbers formatted once, no string arrays) and its reply read into a
     * {@link ScriptReply} (no lists, no boxing). Same connection, timeout and errors as {@link #run}.
     */
    ScriptReply call(RedisClusterCommands<String, String> c, String[] keys, Args args) {
      try {
        return c.dispatch(CommandType.EVALSHA, new ScriptReply(), command(shaBytes, null, keys, args));
      } catch (RedisNoScriptException e) {
        return c.dispatch(CommandType.EVAL, new ScriptReply(), command(null, source, keys, args));
      }
    }

    private static CommandArgs<String, String> command(byte[] sha, String source, String[] keys, Args args) {
      CommandArgs<String, String> a = new CommandArgs<>(StringCodec.UTF8);
      if (sha != null) {
        a.add(sha);
      } else {
        a.add(source);
      }
      a.add(keys.length);
      for (String k : keys) {
        a.addKey(k);
      }
      args.writeTo(a);
      return a;
    }
  }

  static Script load(String name, String... prelude) {
    StringBuilder src = new StringBuilder();
    for (String p : prelude) {
      src.append(read(p)).append('\n');
    }
    src.append(read(name));
    String s = src.toString();
    String sha = sha1(s);
    return new Script(name, s, sha, sha.getBytes(StandardCharsets.US_ASCII));
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

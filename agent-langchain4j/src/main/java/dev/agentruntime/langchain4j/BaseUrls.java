package dev.agentruntime.langchain4j;

import org.jspecify.annotations.Nullable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.List;

/**
 * Reads the base URL a LangChain4j model was built with, for {@code server.address} and
 * {@code server.port}. LangChain4j 1.x has no public getter for it: the provider models keep it in
 * a private field of their HTTP client ({@code OpenAiChatModel.client.baseUrl}), or in their own
 * field. Best-effort: whatever cannot be read (a JPMS boundary, a provider that keeps it elsewhere)
 * gives null, and the builder's {@code baseUrl(...)} remains the way to say it.
 */
final class BaseUrls {
  private static final List<String> NAMES = List.of("baseUrl", "baseURL", "endpoint", "url");
  private static final int MAX_DEPTH = 2;

  private BaseUrls() {}

  /**
   * @param model a LangChain4j model (or null)
   * @return its base URL, or null when it cannot be read
   */
  static @Nullable String of(@Nullable Object model) {
    try {
      return find(model, 0);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null; // InaccessibleObjectException, SecurityException, ...: no address, no failure
    }
  }

  private static String find(Object target, int depth) throws ReflectiveOperationException {
    if (target == null) {
      return null;
    }
    List<Field> nested = new java.util.ArrayList<>();
    for (Class<?> c = target.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (!c.getName().startsWith("dev.langchain4j.")) {
        continue; // only LangChain4j's own classes are looked into
      }
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        if (f.getType() == String.class && NAMES.contains(f.getName())) {
          f.setAccessible(true);
          if (f.get(target) instanceof String s && parse(s) != null) {
            return s;
          }
        } else if (!f.getType().isPrimitive() && f.getType().getName().startsWith("dev.langchain4j.")) {
          nested.add(f);
        }
      }
    }
    if (depth >= MAX_DEPTH) {
      return null;
    }
    for (Field f : nested) {
      f.setAccessible(true);
      String found = find(f.get(target), depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * @param url a URL
   * @return it parsed, or null when it is not an absolute URL with a host
   */
  static @Nullable URI parse(String url) {
    try {
      URI uri = URI.create(url.trim());
      return uri.getHost() == null ? null : uri;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * @param uri an absolute URL
   * @return its port, else the scheme's default (443 for https, 80 otherwise)
   */
  static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}

package dev.agentruntime.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;

/**
 * Loads one build of a module (a jar or a class directory) child-first for the classes of its
 * package and the resources under its resource prefix, and everything else from the parent: two
 * builds of the same module side by side in one JVM, as the same-JVM A/B harnesses
 * ({@code GuardrailsCpuAB}, {@code RedisClientCpuAB}) compare them.
 */
public final class BuildLoader extends URLClassLoader {
  private final String classPrefix;
  private final String resourcePrefix;

  /**
   * @param build the build's jar or class directory
   * @param parent where everything outside the package comes from
   * @param classPrefix the package read from the build first, e.g. {@code "dev.agentruntime.guardrails."}
   * @param resourcePrefix the resources read from the build first ({@code ""}: all of them)
   */
  public BuildLoader(URL build, ClassLoader parent, String classPrefix, String resourcePrefix) {
    super(new URL[] {build}, parent);
    this.classPrefix = classPrefix;
    this.resourcePrefix = resourcePrefix;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(classPrefix)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        c = findClass(name);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  @Override
  public URL getResource(String name) {
    URL own = name.startsWith(resourcePrefix) ? findResource(name) : null;
    return own != null ? own : super.getResource(name);
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    URL own = name.startsWith(resourcePrefix) ? findResource(name) : null;
    try {
      return own != null ? own.openStream() : super.getResourceAsStream(name);
    } catch (IOException e) {
      return null;
    }
  }

  /** @return the system load average, one decimal, for the harnesses' reports */
  public static String loadAverage() {
    return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}

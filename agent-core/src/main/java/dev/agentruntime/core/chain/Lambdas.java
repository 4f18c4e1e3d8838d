package dev.agentruntime.core.chain;

/** Support for the lambda factories of {@link AgentInterceptor}. */
final class Lambdas {
  private Lambdas() {}

  /** Base of interceptors made from one lambda: carries the name. */
  abstract static class Named implements AgentInterceptor {
    private final String name;

    Named(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("interceptor name must not be blank");
      }
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

package dev.agentruntime.mcp.server;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link McpToolServer#startHttp} listens. A bearer token is required by default:
 * an MCP server without authentication lets anyone who can reach the port spend the runtime's
 * budgets and use its tools, so building without a token fails unless
 * {@link Builder#allowUnauthenticated()} says so explicitly.
 *
 * @param host the address to bind ({@code 127.0.0.1} by default)
 * @param port the port (0: a free port, see {@link McpHttpServer#port()})
 * @param endpoint the MCP endpoint path ({@code /mcp})
 * @param bearerToken the token clients must send as {@code Authorization: Bearer <token>}, or
 *     null when unauthenticated access was allowed
 * @param keepAliveInterval how often idle streams are pinged, or null for never
 */
public record McpHttpOptions(String host, int port, String endpoint, @Nullable String bearerToken,
    @Nullable Duration keepAliveInterval) {

  /**
   * Validates.
   *
   * @param host the address to bind
   * @param port the port, 0 for a free one
   * @param endpoint the endpoint path
   * @param bearerToken the required token, or null
   * @param keepAliveInterval the keep-alive interval, or null
   * @throws IllegalArgumentException naming the bad setting
   */
  public McpHttpOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("McpHttpOptions.port must be within 0..65535, was " + port);
    }
    if (endpoint == null || !endpoint.startsWith("/")) {
      throw new IllegalArgumentException("McpHttpOptions.endpoint must start with '/', was " + endpoint);
    }
    if (bearerToken != null && bearerToken.length() < 16) {
      throw new IllegalArgumentException("McpHttpOptions.bearerToken must be at least 16 characters");
    }
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether clients must authenticate */
  public boolean requiresToken() {
    return bearerToken != null;
  }

  @Override
  public String toString() {
    return "McpHttpOptions[" + host + ":" + port + endpoint + (requiresToken() ? ", bearer token" : ", NO authentication") + "]";
  }

  /** Builder for {@link McpHttpOptions}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private String endpoint = "/mcp";
    private String bearerToken;
    private boolean allowUnauthenticated;
    private Duration keepAliveInterval;

    private Builder() {}

    /**
     * @param value the address to bind
     * @return this
     */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /**
     * @param value the port, 0 for a free one
     * @return this
     */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /**
     * @param value the endpoint path
     * @return this
     */
    public Builder endpoint(String value) {
      this.endpoint = value;
      return this;
    }

    /**
     * @param value the token clients must send (at least 16 characters; from the environment or
     *     a secret store, never from code)
     * @return this
     */
    public Builder bearerToken(String value) {
      this.bearerToken = value;
      return this;
    }

    /**
     * Serves without authentication: only for a loopback-only development set-up.
     *
     * @return this
     */
    public Builder allowUnauthenticated() {
      this.allowUnauthenticated = true;
      return this;
    }

    /**
     * @param value how often idle streams are pinged
     * @return this
     */
    public Builder keepAliveInterval(Duration value) {
      this.keepAliveInterval = value;
      return this;
    }

    /**
     * @return the options
     * @throws IllegalStateException when no token is set and unauthenticated access was not allowed
     */
    public McpHttpOptions build() {
      if ((bearerToken == null || bearerToken.isBlank()) && !allowUnauthenticated) {
        throw new IllegalStateException("McpHttpOptions: a bearer token is required (bearerToken(...));"
            + " call allowUnauthenticated() to serve without authentication");
      }
      if (bearerToken != null && allowUnauthenticated) {
        throw new IllegalStateException("McpHttpOptions: both a bearer token and allowUnauthenticated() were set");
      }
      return new McpHttpOptions(host, port, endpoint, bearerToken, keepAliveInterval);
    }
  }
}

package dev.agentruntime.spring.api;

import dev.agentruntime.spring.autoconfigure.AgentProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request of the agent API ({@code /agents/**}, {@code /runs/**}, {@code /sessions/**}): an API key
 * sent as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}, compared in constant
 * time, or a principal an earlier filter (Spring Security) already authenticated: the
 * auto-configuration registers this filter after Spring Security's filter chain. Anything else
 * gets {@code 401} as an RFC 9457 problem. With {@code agent.api.allow-anonymous=true} requests
 * without credentials (and without an authenticated principal) run as {@link ApiPrincipal#ANONYMOUS}.
 */
public final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  private record Key(byte[] secret, ApiPrincipal principal) {}

  private final List<Key> keys;
  private final boolean allowAnonymous;

  /**
   * @param api the {@code agent.api.*} properties
   * @throws IllegalStateException when the API has neither a key nor anonymous access, or a key is
   *     incomplete
   */
  public ApiKeyAuthenticationFilter(AgentProperties.Api api) {
    this.allowAnonymous = api.isAllowAnonymous();
    this.keys =
        api.getKeys().stream()
            .map(k -> {
              if (k.getKey() == null || k.getKey().length() < 16) {
                throw new IllegalStateException(
                    "agent.api.keys[].key must be set and at least 16 characters long");
              }
              if (k.getUser() == null || k.getUser().isBlank()) {
                throw new IllegalStateException("agent.api.keys[].user must be set for every key");
              }
              return new Key(k.getKey().getBytes(StandardCharsets.UTF_8),
                  new ApiPrincipal(k.getUser(), k.getTenant()));
            })
            .toList();
    if (keys.isEmpty() && !allowAnonymous) {
      throw new IllegalStateException(
          "agent.api.enabled=true but no agent.api.keys are configured: the agent API is never open "
              + "by default. Configure agent.api.keys[0].key/user (or set agent.api.allow-anonymous=true "
              + "for a trusted network)");
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.startsWith("/agents/") || path.startsWith("/runs/") || path.equals("/runs")
        || path.startsWith("/sessions/") || path.equals("/sessions"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ApiPrincipal principal = resolve(request);
    if (principal == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"agent-api\"");
      response.setContentType("application/problem+json");
      response.getWriter().write(
          "{\"type\":\"urn:agent-runtime:problem:unauthorized\",\"title\":\"Unauthorized\","
              + "\"status\":401,\"detail\":\"send an API key as 'Authorization: Bearer <key>' or "
              + "'X-API-Key: <key>'\"}");
      return;
    }
    request.setAttribute(ApiPrincipal.REQUEST_ATTRIBUTE, principal);
    chain.doFilter(request, response);
  }

  private ApiPrincipal resolve(HttpServletRequest request) {
    String presented = request.getHeader("X-API-Key");
    String auth = request.getHeader("Authorization");
    if (presented == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      presented = auth.substring(7).trim();
    }
    if (presented == null && "GET".equals(request.getMethod())) {
      // browsers cannot set headers on EventSource or WebSocket: GETs may carry the key as a query
      // parameter (it then shows in access logs; prefer headers where the client can set them)
      presented = request.getParameter("access_token");
    }
    if (presented != null) {
      byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
      ApiPrincipal found = null;
      for (Key key : keys) { // no early exit: the time taken does not say which key matched
        if (MessageDigest.isEqual(key.secret(), candidate)) {
          found = key.principal();
        }
      }
      if (found != null) {
        return found;
      }
    }
    // a bearer token that is no key of ours may be one Spring Security checked (a JWT): its user
    Principal authenticated = request.getUserPrincipal();
    if (authenticated != null && authenticated.getName() != null && !authenticated.getName().isBlank()) {
      return new ApiPrincipal(authenticated.getName(), null);
    }
    if (presented != null) {
      return null; // a wrong key is refused even when anonymous access is allowed
    }
    return allowAnonymous ? ApiPrincipal.ANONYMOUS : null;
  }
}

package dev.agentruntime.spring.websocket;

import dev.agentruntime.spring.api.ApiPrincipal;
import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Registers {@link AgentWebSocketHandler} at {@code /agents/{name}/ws}; the handshake carries the
 * principal the API-key filter resolved and the agent's name into the session.
 */
public final class AgentWebSocketConfig implements WebSocketConfigurer {

  static final String AGENT_ATTRIBUTE = AgentWebSocketConfig.class.getName() + ".agent";

  private final AgentWebSocketHandler handler;
  private final String[] allowedOrigins;

  /**
   * @param handler the handler
   * @param allowedOrigins origins browsers may open the socket from (none: same origin only)
   */
  public AgentWebSocketConfig(AgentWebSocketHandler handler, String... allowedOrigins) {
    this.handler = handler;
    this.allowedOrigins = allowedOrigins.clone();
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    var reg = registry.addHandler(handler, "/agents/*/ws").addInterceptors(new HandshakeInterceptor() {
      @Override
      public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
          WebSocketHandler wsHandler, Map<String, Object> attributes) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
          return false;
        }
        Object principal = servlet.getServletRequest().getAttribute(ApiPrincipal.REQUEST_ATTRIBUTE);
        if (principal == null) {
          return false;
        }
        attributes.put(ApiPrincipal.REQUEST_ATTRIBUTE, principal);
        String path = request.getURI().getPath();
        String[] parts = path.split("/");
        attributes.put(AGENT_ATTRIBUTE, parts.length >= 2 ? parts[parts.length - 2] : "");
        return true;
      }

      @Override
      public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
          WebSocketHandler wsHandler, Exception exception) {}
    });
    if (allowedOrigins.length > 0) {
      reg.setAllowedOrigins(allowedOrigins);
    }
  }
}

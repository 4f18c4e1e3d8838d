package dev.agentruntime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The agent API behind Spring Security (Spring Boot's own filter registration, at
 * {@code spring.security.filter.order}): users Spring Security authenticated (HTTP basic here) are
 * the API's callers, each seeing only their own runs, next to the API's keys; with
 * {@code agent.api.allow-anonymous=true} only requests that nobody authenticated are anonymous.
 */
@SpringBootTest(
    classes = SpringSecurityTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "agent.name=support",
      "agent.api.enabled=true",
      "agent.api.allow-anonymous=true",
      "agent.api.keys[0].key=carol-key-0123456789",
      "agent.api.keys[0].user=carol"
    })
class SpringSecurityTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    ModelClient model() {
      return new ModelClient() {
        @Override
        public ModelResponse chat(ModelRequest request) {
          return ModelResponse.ofText("Answer.", TokenUsage.of(10, 5));
        }

        @Override
        public ModelInfo info() {
          return ModelInfo.of("test", "support-model");
        }
      };
    }

    @Bean
    dev.agentruntime.core.session.SessionStore sessions() {
      return new dev.agentruntime.core.session.InMemorySessionStore();
    }

    /** HTTP basic for the application's users; the API's paths are open to the API's own keys too. */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
          .httpBasic(Customizer.withDefaults())
          .addFilterBefore(new BearerTokens(),
              org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
          .csrf(c -> c.ignoringRequestMatchers("/agents/**", "/runs/**", "/sessions/**"))
          .build();
    }

    /**
     * Bearer tokens Spring Security checks itself, as an OAuth2 resource server does with JWTs
     * ("token-of-dave" stands in for a token naming dave): they are no API key.
     */
    static final class BearerTokens extends org.springframework.web.filter.OncePerRequestFilter {
      @Override
      protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
          jakarta.servlet.http.HttpServletResponse response, jakarta.servlet.FilterChain chain)
          throws java.io.IOException, jakarta.servlet.ServletException {
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.startsWith("Bearer token-of-")) {
          String user = auth.substring("Bearer token-of-".length());
          org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
              org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
                  java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_USER"))));
        }
        chain.doFilter(request, response);
      }
    }

    @Bean
    UserDetailsService users() {
      return new InMemoryUserDetailsManager(
          User.withUsername("alice").password("{noop}alice-password").roles("USER").build(),
          User.withUsername("bob").password("{noop}bob-password").roles("USER").build());
    }
  }

  static final String ALICE = basic("alice", "alice-password");
  static final String BOB = basic("bob", "bob-password");
  static final String CAROL = "Bearer carol-key-0123456789";

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  String startAsync(String authorization) throws Exception {
    HttpResponse<String> r = send("POST", "/agents/support/runs", authorization, "{\"input\":\"hi\",\"async\":true}");
    assertThat(r.statusCode()).isEqualTo(202);
    Matcher m = AgentApiTest.RUN_ID.matcher(r.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void aRunStartedByAUserSpringSecurityAuthenticatedIsThatUsersOnly() throws Exception {
    String id = startAsync(ALICE);
    assertThat(send("GET", "/runs/" + id, ALICE, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/runs/" + id, BOB, null).statusCode()).as("bob").isEqualTo(404);
    assertThat(send("DELETE", "/runs/" + id, BOB, null).statusCode()).as("bob cancels").isEqualTo(404);
    assertThat(send("GET", "/runs/" + id, null, null).statusCode()).as("anonymous").isEqualTo(404);
    assertThat(send("GET", "/runs/" + id, CAROL, null).statusCode()).as("carol's API key").isEqualTo(404);
    // and the other way round: an anonymous run is no logged-in user's
    String anonymous = startAsync(null);
    assertThat(send("GET", "/runs/" + anonymous, null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/runs/" + anonymous, ALICE, null).statusCode()).isEqualTo(404);
  }

  @Test
  void conversationsOfUsersSpringSecurityAuthenticatedAreTheirsAlone() throws Exception {
    assertThat(send("POST", "/agents/support/runs", ALICE, "{\"input\":\"hi\",\"sessionId\":\"sec-chat\"}").statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/sessions/sec-chat/messages", ALICE, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/sessions/sec-chat/messages", BOB, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/sessions/sec-chat/messages", null, null).statusCode()).isEqualTo(404);
    assertThat(send("POST", "/agents/support/runs", BOB, "{\"input\":\"hi\",\"sessionId\":\"sec-chat\"}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theApisKeysStillWorkAndAWrongPasswordIsRefused() throws Exception {
    String id = startAsync(CAROL);
    assertThat(send("GET", "/runs/" + id, CAROL, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/runs/" + id, basic("alice", "wrong"), null).statusCode()).isEqualTo(401);
  }

  /** A bearer token Spring Security authenticated (a JWT, say) is its user's, not a wrong API key. */
  @Test
  void aBearerTokenSpringSecurityAuthenticatedIsItsUsersNotAWrongKey() throws Exception {
    String dave = "Bearer token-of-dave";
    String id = startAsync(dave);
    assertThat(send("GET", "/runs/" + id, dave, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/runs/" + id, BOB, null).statusCode()).as("bob").isEqualTo(404);
    assertThat(send("GET", "/runs/" + id, "Bearer token-of-erin", null).statusCode()).as("erin").isEqualTo(404);
    assertThat(send("GET", "/runs/" + id, "Bearer not-a-key-nor-a-token", null).statusCode()).isEqualTo(401);
  }
}

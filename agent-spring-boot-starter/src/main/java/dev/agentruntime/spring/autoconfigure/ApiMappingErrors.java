package dev.agentruntime.spring.autoconfigure;

import dev.agentruntime.spring.api.AgentApiController;
import dev.agentruntime.spring.api.SessionController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC raises a 405, 415 or 406 before it has chosen a controller, so a controller advice
 * scoped to the agent API's controllers never sees them. This resolver, first in Spring MVC's
 * chain, hands such an error to the {@code @ExceptionHandler} resolver as if the API's controller
 * had raised it, when the request's path is one of the API's (and of no other controller's); every
 * other request is left to the rest of the chain, so the application's own endpoints answer as
 * before.
 */
final class ApiMappingErrors implements HandlerExceptionResolver {

  private final ExceptionHandlerExceptionResolver delegate;
  private final ApplicationContext context;
  private volatile @Nullable RequestMappingHandlerMapping mapping;

  ApiMappingErrors(ExceptionHandlerExceptionResolver delegate, ApplicationContext context) {
    this.delegate = delegate;
    this.context = context;
  }

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
    if (handler != null) {
      return null; // a controller was chosen: its advice applies (or not) as usual
    }
    HandlerMethod api = apiHandlerFor(request);
    return api == null ? null : delegate.resolveException(request, response, api, ex);
  }

  /** @return a handler method of the API whose path matches the request, when only the API's do */
  private @Nullable HandlerMethod apiHandlerFor(HttpServletRequest request) {
    RequestMappingHandlerMapping m = mapping();
    if (m == null) {
      return null;
    }
    boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
    if (!parsed) {
      ServletRequestPathUtils.parseAndCache(request);
    }
    try {
      HandlerMethod api = null;
      for (Map.Entry<RequestMappingInfo, HandlerMethod> e : m.getHandlerMethods().entrySet()) {
        if (e.getKey().getActivePatternsCondition().getMatchingCondition(request) == null) {
          continue;
        }
        Class<?> type = e.getValue().getBeanType();
        if (!AgentApiController.class.isAssignableFrom(type) && !SessionController.class.isAssignableFrom(type)) {
          return null; // the application serves this path too: its errors are not the API's
        }
        api = e.getValue();
      }
      return api == null ? null : api.createWithResolvedBean();
    } finally {
      if (!parsed) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      }
    }
  }

  private @Nullable RequestMappingHandlerMapping mapping() {
    RequestMappingHandlerMapping m = mapping;
    if (m == null && context.containsBean("requestMappingHandlerMapping")) {
      m = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
      mapping = m;
    }
    return m;
  }
}

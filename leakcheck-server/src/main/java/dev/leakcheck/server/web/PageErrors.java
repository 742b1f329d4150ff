package dev.leakcheck.server.web;

import dev.leakcheck.spring.api.ApiException;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page (no such incident, an upload gone) as a page with the reason in the page's language and
 * the status of the API's refusal; never a stack trace.
 */
@ControllerAdvice(assignableTypes = {IncidentPages.class, RulesPages.class})
class PageErrors {

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView page = new ModelAndView("problem");
        page.addObject("error", e.text().in(IncidentPages.language(locale)));
        // The answer to a refused POST: its language switch must not ask GET of the POST-only address (405),
        // so it leads to the page of the section instead.
        if (!"GET".equals(request.getMethod())) {
            page.addObject("langPath", request.getRequestURI().startsWith("/rules") ? "/rules" : "/incidents");
        }
        page.setStatus(e.status());
        return page;
    }
}

/**
 * The pages (Thymeleaf templates under {@code src/main/resources/templates/}, words in
 * {@code messages.properties} and {@code messages_en.properties}), Japanese first, English with {@code ?lang=en}.
 * {@link dev.leakcheck.server.web.IncidentPages} (事案: the list, a new incident, the interview driven by the
 * plan's open questions through {@link dev.leakcheck.server.web.Questions}, the printable report) and
 * {@link dev.leakcheck.server.web.RulesPages} (ルール: upload and check, problems on a rendered sheet by
 * {@link dev.leakcheck.server.web.SheetView}, scenario changes, try an incident, publish, restore, download)
 * call the same services as the REST API: {@link dev.leakcheck.server.IncidentService},
 * {@link dev.leakcheck.server.RulesPublishing} and {@link dev.leakcheck.spring.api.RulesCheck}.
 *
 * <p>Security ({@link dev.leakcheck.server.web.SecurityConfig}): no login (localhost, or behind the
 * organisation's proxy); CSRF tokens on every page form (Thymeleaf adds the hidden field to {@code th:action}
 * forms); {@code /api/**} stateless and outside CSRF, publishing there with the bearer token of
 * {@link dev.leakcheck.server.PublishToken}, which the pages ask for in their publish and restore forms.
 * Every incident text goes through {@code th:text}, never {@code th:utext}.
 */
package dev.leakcheck.server.web;

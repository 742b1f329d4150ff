/**
 * The pages (Thymeleaf templates under {@code src/main/resources/templates/}), Japanese first with an English
 * switch. They call the same services as the REST API: {@link dev.leakcheck.server.IncidentService} (create,
 * answer one field, get with plan, list with the next due date, history) and
 * {@link dev.leakcheck.server.RulesPublishing} (publish, versions, restore, download), with
 * {@link dev.leakcheck.spring.api.RulesCheck} for checking an upload and {@link dev.leakcheck.spring.LeakcheckRules}
 * for the rules serving.
 *
 * <p>Security as it stands: no Spring Security; {@code /api} is stateless (no session, no cookie) and publishing
 * there needs the bearer token of {@link dev.leakcheck.server.PublishToken}. Forms posted by pages need CSRF
 * protection, which is not there yet: adding {@code spring-boot-starter-security} with a filter chain that
 * permits all, ignores CSRF for {@code /api/**} and keeps it (Thymeleaf adds the hidden field) for the pages
 * is the intended way.
 */
package dev.leakcheck.server.web;

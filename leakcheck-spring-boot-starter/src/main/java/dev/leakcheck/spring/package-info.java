/**
 * Spring Boot auto-configuration of the engine: {@link dev.leakcheck.spring.LeakcheckRules} (the rules serving,
 * swapped atomically), the directory watcher, Actuator health and info; the REST API is in {@code api}.
 */
package dev.leakcheck.spring;

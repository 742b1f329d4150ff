/**
 * The decision service: the application ({@link dev.leakcheck.server.LeakcheckServer}), its services
 * ({@link dev.leakcheck.server.IncidentService}, {@link dev.leakcheck.server.RulesPublishing}), the REST API
 * ({@code api}), the storage ({@code store}) and the pages ({@code web}).
 */
package dev.leakcheck.server;

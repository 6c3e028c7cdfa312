/**
 * Runs moodle-sync's jobs from the tool: members' Moodle sites (tokens encrypted at rest), a
 * PostgreSQL-backed scheduler that is safe with several nodes, every run recorded with its
 * report, and the consortium admin's pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moodle sync")
package fr.plume.tool.sync;

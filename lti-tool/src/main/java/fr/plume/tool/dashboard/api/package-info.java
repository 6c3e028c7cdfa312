/** What other modules may use of the dashboards (nothing yet). */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.dashboard.api;

/** The dashboards' adapters (none yet: they read other modules through their api). */
package fr.plume.tool.dashboard.infra;

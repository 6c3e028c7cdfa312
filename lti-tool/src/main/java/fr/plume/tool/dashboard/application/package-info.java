/** The dashboards' use cases, one class per page or action. */
package fr.plume.tool.dashboard.application;

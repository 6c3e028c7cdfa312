/** The dashboards' pure logic (none yet: the class page only shows the launch). */
package fr.plume.tool.dashboard.domain;

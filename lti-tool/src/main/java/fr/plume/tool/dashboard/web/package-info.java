/** The teachers' class pages. */
package fr.plume.tool.dashboard.web;

/**
 * The dashboards' pure logic: the class roster merged from NRPS and launches, each student's status per
 * activity, the heatmap, the level distribution, the hardest items and the progress by mode.
 */
package fr.plume.tool.dashboard.domain;

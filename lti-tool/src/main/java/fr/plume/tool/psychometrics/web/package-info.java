/** Psychometrics: web layer. */
package fr.plume.tool.psychometrics.web;

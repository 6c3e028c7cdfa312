/** Psychometrics: infra layer. */
package fr.plume.tool.psychometrics.infra;

/** Psychometrics: application layer. */
package fr.plume.tool.psychometrics.application;

/** Psychometrics: domain layer. */
package fr.plume.tool.psychometrics.domain;

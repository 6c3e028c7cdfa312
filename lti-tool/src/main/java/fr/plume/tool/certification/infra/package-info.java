/** Certification: infra layer. */
package fr.plume.tool.certification.infra;

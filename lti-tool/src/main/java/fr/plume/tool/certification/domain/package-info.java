/** Certification: domain layer. */
package fr.plume.tool.certification.domain;

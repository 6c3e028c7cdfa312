/** Certification: application layer. */
package fr.plume.tool.certification.application;

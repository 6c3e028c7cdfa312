/** Certification: web layer. */
package fr.plume.tool.certification.web;

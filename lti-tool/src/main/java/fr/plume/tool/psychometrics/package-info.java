/**
 * Psychometrics in production (DESIGN §3, §6): pretest seeding, calibration runs, parameter
 * versions, item analysis, differential item functioning and test reports, for psychometricians.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Psychometrics")
package fr.plume.tool.psychometrics;

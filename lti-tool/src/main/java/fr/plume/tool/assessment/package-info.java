/** Attempts and the delivery of the three modes; {@code engine} is the pure IRT/CAT/calibration core. */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package fr.plume.tool.assessment;

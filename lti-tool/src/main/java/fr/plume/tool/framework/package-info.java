/** Versions of the shared competency framework: import in three formats, storage, viewing, export. */
@org.springframework.modulith.ApplicationModule(displayName = "Framework")
package fr.plume.tool.framework;

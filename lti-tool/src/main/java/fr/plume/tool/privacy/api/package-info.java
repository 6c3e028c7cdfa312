/** The privacy module offers nothing to other modules: people reach it by URL. */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.privacy.api;

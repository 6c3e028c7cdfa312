/**
 * What other modules may use of the demo platform: nothing. The demo is a self-contained
 * Moodle-like platform that reaches the tool only over HTTP, as a real platform does, and other
 * modules must not depend on it (it exists in the {@code demo} profile only). This named
 * interface is kept, empty, so the module has the same five layers as every other.
 */
@org.springframework.modulith.NamedInterface("api")
package fr.plume.tool.demo.api;

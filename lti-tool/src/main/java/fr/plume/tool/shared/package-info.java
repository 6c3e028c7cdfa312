/**
 * Cross-cutting infrastructure every module may use: database bootstrap, clock, locale and
 * message bundles, security filter chain, error pages and RFC 9457 problems.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.plume.tool.shared;

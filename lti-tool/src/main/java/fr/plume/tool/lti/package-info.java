/**
 * LTI 1.3: platform registrations (per member), OIDC login and launch validation, tool keys and
 * JWKS, Dynamic Registration and Deep Linking. Other modules use only {@code lti.api}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LTI")
package fr.plume.tool.lti;

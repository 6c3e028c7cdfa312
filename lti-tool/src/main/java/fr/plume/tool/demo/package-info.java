/**
 * The built-in demo LTI 1.3 platform (profile {@code demo} only, DESIGN §9): a Moodle-like
 * platform inside the tool with its own keys, OIDC login, id_token signing, Deep Linking return,
 * AGS and NRPS endpoints, a demo course and demo users whose buttons perform real launches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo platform")
package fr.plume.tool.demo;

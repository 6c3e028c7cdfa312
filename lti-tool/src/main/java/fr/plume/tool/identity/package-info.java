/** Members (institutions), users, roles and tool accounts. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package fr.plume.tool.identity;

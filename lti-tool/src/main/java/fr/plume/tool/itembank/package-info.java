/** Items of the shared bank: storage, versioned IRT parameters, sample loading and the renderers' answer capture. */
@org.springframework.modulith.ApplicationModule(displayName = "Item bank")
package fr.plume.tool.itembank;

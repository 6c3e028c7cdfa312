package fr.plume.tool.demo.domain;

/**
 * The demo platform's identity: its URLs under the tool's public URL, the single deployment, and
 * the client_id it gave the tool (random and kept, as Moodle generates one per tool type).
 */
public interface DemoPlatform {

    /** Moodle uses the tool type id as deployment id. */
    String DEPLOYMENT_ID = "1";

    PlatformEndpoints endpoints();

    /** The tool's URLs as the platform was configured with them. */
    ToolEndpoints tool();

    String clientId();
}

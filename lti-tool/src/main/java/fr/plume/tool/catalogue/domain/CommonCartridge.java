package fr.plume.tool.catalogue.domain;

import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An open module as an IMS Common Cartridge ({@code .imscc}): its pages as web content, its links
 * as web links, its items as one LTI link to the module's practice in Plume (custom parameters
 * {@code plume_kind}, {@code plume_activity} and {@code plume_competency}, as Deep Linking places
 * them, so the grade comes back), and its questions as a Moodle XML file for the question bank.
 * Names inside the zip are made here, never from a title, and checked before writing.
 */
public final class CommonCartridge {

    /** The resource types a cartridge of this export may hold. */
    public static final String WEB_CONTENT = "webcontent";
    public static final String MANIFEST = "imsmanifest.xml";
    public static final String QUESTIONS = "questions/questions.moodle.xml";

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*");
    private static final String BASIC_LTI = "http://www.imsglobal.org/xsd/imsbasiclti_v1p0";
    private static final String LTI_CM = "http://www.imsglobal.org/xsd/imslticm_v1p0";
    private static final String LTI_CP = "http://www.imsglobal.org/xsd/imslticp_v1p0";

    /**
     * @param launchUrl      the tool's LTI launch address
     * @param activityCustom the custom parameters of the module's practice link
     * @param questionsXml   the module's questions as Moodle XML, or null when it has none
     */
    public record Content(OpenModule module, String launchUrl, Map<String, String> activityCustom,
            byte[] questionsXml) {
    }

    private record Resource(String id, String type, String href, String title) {
    }

    private final CartridgeVersion version;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<Resource> resources = new ArrayList<>();

    private CommonCartridge(CartridgeVersion version) {
        this.version = version;
    }

    public static byte[] write(Content content, CartridgeVersion version) {
        return new CommonCartridge(version).build(content);
    }

    private byte[] build(Content content) {
        OpenModule module = content.module();
        boolean practiceAdded = false;
        for (ModuleEntry entry : module.entries()) {
            int n = resources.size() + 1;
            if (entry instanceof ModuleEntry.PageEntry page) {
                add(new Resource("R" + n, WEB_CONTENT, "pages/page-" + n + ".html", page.title().fr()),
                        CartridgeXml.page(page.title().fr(), page.html().fr()));
            } else if (entry instanceof ModuleEntry.LinkEntry link) {
                webLink(n, link.title().fr(), link.url().toString());
            } else if (entry instanceof ModuleEntry.HarvestedEntry harvested && harvested.url() != null) {
                webLink(n, harvested.title().fr(), harvested.url().toString());
            } else if (entry instanceof ModuleEntry.ItemEntry && !practiceAdded) {
                practiceAdded = true;
                String title = "Entraînement : " + module.title().fr();
                add(new Resource("R" + n, version.ltiLinkType(), "lti/activity-" + n + ".xml", title),
                        CartridgeXml.ltiLink(version.ltiLinkNamespace(), BASIC_LTI, LTI_CM, LTI_CP, title,
                                module.summary().fr(), content.launchUrl(), content.activityCustom()));
            }
        }
        if (content.questionsXml() != null) {
            add(new Resource("R" + (resources.size() + 1), WEB_CONTENT, QUESTIONS,
                    "Questions (Moodle XML, à importer dans la banque de questions)"), content.questionsXml());
        }
        files.put(MANIFEST, CartridgeXml.manifest(version, module, resources.stream()
                .map(r -> new CartridgeXml.ManifestResource(r.id(), r.type(), r.href(), r.title(),
                        r.type().equals(WEB_CONTENT)))
                .toList()));
        return zip();
    }

    private void webLink(int n, String title, String url) {
        add(new Resource("R" + n, version.webLinkType(), "links/link-" + n + ".xml", title),
                CartridgeXml.webLink(version.webLinkNamespace(), title, url));
    }

    private void add(Resource resource, byte[] bytes) {
        resources.add(resource);
        files.put(resource.href(), bytes);
    }

    private byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // the manifest first: Moodle sniffs the first bytes of imsmanifest.xml for the namespace
            List<String> names = new ArrayList<>(files.keySet());
            names.remove(MANIFEST);
            names.add(0, MANIFEST);
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(safe(name)));
                zip.write(files.get(name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A relative name of letters, digits and separators: no "..", no leading "/", no backslash. */
    static String safe(String name) {
        if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("unsafe name in a cartridge: " + name);
        }
        return name;
    }
}

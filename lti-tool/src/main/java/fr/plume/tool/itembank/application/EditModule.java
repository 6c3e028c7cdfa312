package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.LocalizedText;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.ItemVersion;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.itembank.domain.ModuleVersion;
import fr.plume.tool.itembank.domain.ModuleVersions;
import fr.plume.tool.itembank.domain.StoredFiles;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes open modules, versioned like items: a draft is edited in place, editing a published
 * module opens the next version. Items are pinned at the version in force when the module is
 * saved; page HTML goes through the allow-list, and anything it drops is reported, not saved.
 */
@Component
public class EditModule {

    private static final Pattern COMPETENCY = Pattern.compile("\\d+(\\.\\d+)*");

    private final ModuleVersions modules;
    private final ItemVersions items;
    private final StoredFiles files;
    private final Clock clock;

    public EditModule(ModuleVersions modules, ItemVersions items, StoredFiles files, Clock clock) {
        this.modules = modules;
        this.items = items;
        this.files = files;
        this.clock = clock;
    }

    public record Outcome(Optional<OpenModule> saved, List<String> problems) {
    }

    @Transactional
    public Outcome save(Author author, ModuleForm form) {
        Optional<ModuleVersion> latest = form.id() == null ? Optional.empty() : modules.latest(form.id());
        if (form.id() != null && latest.isEmpty()) {
            throw new PlumeProblemException("ITEMBANK-MODULE-NOT-FOUND", 404);
        }
        if (latest.isPresent() && latest.get().module().status() == ItemStatus.IN_REVIEW) {
            throw new PlumeProblemException("ITEMBANK-ITEM-IN-REVIEW", 409);
        }
        List<String> problems = new ArrayList<>();
        List<OpenModule.Objective> objectives = objectives(form.objectives(), problems);
        List<ModuleEntry> entries = entries(form.entries(), problems);
        if (form.titleFr() == null || form.titleFr().isBlank()) {
            problems.add("title: required");
        }
        if (form.estimatedMinutes() < 1 || form.estimatedMinutes() > 600) {
            problems.add("estimatedMinutes: between 1 and 600");
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add("entries: at least one");
        }
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        UUID id = form.id() == null ? UUID.randomUUID() : form.id();
        boolean editDraft = latest.isPresent() && latest.get().module().status() == ItemStatus.DRAFT;
        int version = latest.map(v -> editDraft ? v.module().version() : v.module().version() + 1).orElse(1);
        List<String> authors = ItemForm.lines(form.authors());
        OpenModule module = new OpenModule(id, version, text(form.titleFr(), form.titleEn()),
                text(form.summaryFr(), form.summaryEn()), objectives, form.estimatedMinutes(),
                blank(form.licence()) ? OpenModule.DEFAULT_LICENCE : form.licence().strip(),
                authors.isEmpty() ? List.of(author.name()) : authors, ItemForm.lines(form.institutions()), entries,
                ItemStatus.DRAFT);
        Instant now = Instant.now(clock);
        String authorKey = editDraft ? latest.get().author() : author.key();
        ModuleVersion saved = new ModuleVersion(module, authorKey, null, now, null);
        boolean stored = editDraft ? modules.updateDraft(saved) : modules.insert(saved);
        if (!stored) {
            throw new PlumeProblemException("ITEMBANK-ITEM-IN-REVIEW", 409);
        }
        return new Outcome(Optional.of(module), List.of());
    }

    private static List<OpenModule.Objective> objectives(String text, List<String> problems) {
        List<OpenModule.Objective> objectives = new ArrayList<>();
        for (String line : ItemForm.lines(text)) {
            int colon = line.indexOf(':');
            String code = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!COMPETENCY.matcher(code).matches() || line.substring(colon + 1).isBlank()) {
                problems.add("objectives: « " + line + " » (competency: text)");
                continue;
            }
            objectives.add(new OpenModule.Objective(code, new LocalizedText(line.substring(colon + 1).strip(), "")));
        }
        if (objectives.isEmpty()) {
            problems.add("objectives: at least one");
        }
        return objectives;
    }

    private List<ModuleEntry> entries(String text, List<String> problems) {
        List<ModuleEntry> entries = new ArrayList<>();
        int number = 0;
        for (String line : ItemForm.lines(text)) {
            number++;
            int colon = line.indexOf(':');
            String kind = colon < 0 ? "" : line.substring(0, colon).strip();
            String[] parts = colon < 0 ? new String[0] : line.substring(colon + 1).split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            try {
                entries.add(entry(kind, parts));
            } catch (IllegalArgumentException e) {
                problems.add("entries " + number + ": " + e.getMessage());
            }
        }
        return entries;
    }

    private ModuleEntry entry(String kind, String[] parts) {
        return switch (kind) {
            case "item" -> itemEntry(parts);
            case "page" -> {
                need(parts, 2, "page: title | html");
                RichText.Sanitised html = RichText.clean(parts[1]);
                if (!html.clean()) {
                    throw new IllegalArgumentException("HTML not allowed: " + String.join(", ", html.removed()));
                }
                yield new ModuleEntry.PageEntry(text(parts[0], ""), text(html.html(), ""));
            }
            case "link" -> {
                need(parts, 2, "link: url | title");
                yield new ModuleEntry.LinkEntry(text(parts[1], ""), webAddress(parts[0]));
            }
            case "file" -> {
                need(parts, 2, "file: sha256 | title");
                StoredFiles.StoredFile file = files.find(parts[0])
                        .orElseThrow(() -> new IllegalArgumentException("no uploaded file " + parts[0]));
                yield new ModuleEntry.FileEntry(text(parts[1], ""), parts[1], file.mediaType(), file.sha256(),
                        file.content().length);
            }
            case "harvested" -> {
                need(parts, 3, "harvested: identifier | url | title");
                yield new ModuleEntry.HarvestedEntry(text(parts[2], ""), parts[0], webAddress(parts[1]));
            }
            default -> throw new IllegalArgumentException("unknown kind « " + kind + " » (item, page, link, file, harvested)");
        };
    }

    private ModuleEntry itemEntry(String[] parts) {
        need(parts, 1, "item: id");
        UUID id;
        try {
            id = UUID.fromString(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an item id: " + parts[0]);
        }
        ItemVersion published = inForce(id)
                .orElseThrow(() -> new IllegalArgumentException("item " + id + " is not published"));
        Item item = published.item();
        String title = parts.length > 1 && !parts[1].isBlank() ? parts[1] : shorten(item.stem().fr());
        return new ModuleEntry.ItemEntry(text(title, ""), id, published.version());
    }

    /** The latest published version of the item, if any. */
    private Optional<ItemVersion> inForce(UUID id) {
        Optional<ItemVersion> version = items.latest(id);
        while (version.isPresent() && version.get().status() != ItemStatus.PUBLISHED) {
            int previous = version.get().version() - 1;
            version = previous < 1 ? Optional.empty() : items.find(id, previous);
        }
        return version;
    }

    private static URI webAddress(String value) {
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("an http(s) address is required: " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an http(s) address is required: " + value);
        }
    }

    private static void need(String[] parts, int count, String shape) {
        if (parts.length < count || parts[0].isBlank() || parts[count - 1].isBlank()) {
            throw new IllegalArgumentException("expected « " + shape + " »");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalizedText text(String fr, String en) {
        return new LocalizedText(fr == null ? "" : fr.strip(), en == null ? "" : en.strip());
    }
}

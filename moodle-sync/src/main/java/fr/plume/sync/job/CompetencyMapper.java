package fr.plume.sync.job;

import fr.plume.sync.format.CompetencyLink.How;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.Text;
import fr.plume.sync.i18n.LocalizedArgumentException;
import fr.plume.sync.i18n.Phrase;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links resources and draft items to competencies, strongest evidence first: an explicit
 * alignment (LOM classification, {@code plume:} subject), an idnumber, a tag
 * ({@code competence:2.3}); keyword rules from configuration only when none of those exists.
 */
public final class CompetencyMapper {

    private static final Pattern CODE = Pattern.compile("\\d+(\\.\\d+)*");
    private static final List<String> TAG_PREFIXES = List.of("competence:", "compétence:", "competency:", "plume:");

    private record CompiledRule(String code, List<Pattern> patterns) {
    }

    private final CompetencyIndex index;
    private final List<CompiledRule> rules;

    public CompetencyMapper(CompetencyIndex index, List<KeywordRule> rules) {
        this.index = index;
        this.rules = rules.stream().map(r -> new CompiledRule(r.competency(), r.keywords().stream()
                .map(k -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Text.folded(k).strip())
                        + "(?![\\p{L}\\p{N}])")).toList())).toList();
    }

    public static CompetencyMapper none() {
        return new CompetencyMapper(CompetencyIndex.empty(), List.of());
    }

    /** Rules file: {@code {"rules":[{"competency":"2.3","keywords":["virgule","ponctuation"]}]}}. */
    public static List<KeywordRule> readRules(InputStream json) {
        try {
            RulesFile f = JsonMapper.builder().build().readValue(json, RulesFile.class);
            return f.rules() == null ? List.of() : f.rules();
        } catch (JacksonException e) {
            throw new LocalizedArgumentException(Phrase.of("rules.invalid", e.getOriginalMessage()), e);
        }
    }

    public record RulesFile(List<KeywordRule> rules) {
    }

    /**
     * @param explicit   values stated as alignments by the source
     * @param tags       free tags (questions) or keywords (resources)
     * @param idnumber   the source's own idnumber, if any
     * @param freeText   title, description, stem… searched by keyword rules
     */
    public List<CompetencyLink> map(List<String> explicit, List<String> tags, String idnumber, String... freeText) {
        TreeSet<CompetencyLink> links = new TreeSet<>();
        for (String value : explicit) {
            resolve(value.strip(), How.EXPLICIT_ALIGNMENT).ifPresent(links::add);
        }
        resolveUuid(idnumber, How.IDNUMBER).ifPresent(links::add);
        for (String tag : tags) {
            String t = tag.strip();
            resolveUuid(t, How.IDNUMBER).ifPresent(links::add);
            String lower = t.toLowerCase(Locale.ROOT);
            for (String prefix : TAG_PREFIXES) {
                if (lower.startsWith(prefix)) {
                    resolve(t.substring(prefix.length()).strip(), How.TAG).ifPresent(links::add);
                }
            }
        }
        if (links.isEmpty() && !rules.isEmpty()) {
            List<String> haystack = new ArrayList<>();
            for (String s : freeText) {
                haystack.add(Text.folded(s));
            }
            for (String tag : tags) {
                haystack.add(Text.folded(tag));
            }
            String all = String.join("\n", haystack);
            for (CompiledRule rule : rules) {
                if (rule.patterns().stream().anyMatch(p -> p.matcher(all).find())) {
                    links.add(new CompetencyLink(rule.code(), index.idnumberOf(rule.code()).orElse(null), How.KEYWORD_RULE));
                }
            }
        }
        // one link per competency: the strongest evidence wins (TreeSet orders by code only)
        return List.copyOf(links);
    }

    private Optional<CompetencyLink> resolve(String value, How how) {
        Optional<CompetencyLink> byUuid = resolveUuid(value, how);
        if (byUuid.isPresent()) {
            return byUuid;
        }
        if (index.hasCode(value)) {
            return Optional.of(new CompetencyLink(value, index.idnumberOf(value).orElseThrow(), how));
        }
        if (index.isEmpty() && CODE.matcher(value).matches()) {
            return Optional.of(new CompetencyLink(value, null, how));
        }
        return Optional.empty();
    }

    private Optional<CompetencyLink> resolveUuid(String value, How how) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(value);
            return index.codeOf(id).map(code -> new CompetencyLink(code, id, how));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

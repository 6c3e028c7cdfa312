package fr.plume.framework.format.casejson;

import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import fr.plume.framework.validation.Field;
import fr.plume.framework.validation.FrameworkValidator;
import fr.plume.framework.validation.HierarchyCheck;
import fr.plume.framework.validation.ModelLocator;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import fr.plume.framework.validation.Uuids;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.plume.framework.format.casejson.CaseMapping.*;

/** Reads an IMS CASE 1.0 JSON package, bare or wrapped in {@code {"CFPackage": …}} (see {@link CaseMapping}). */
public final class CaseJsonReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Far more than a CASE package needs, far less than the parser's own limit. */
    static final int MAX_DEPTH = 64;
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\s*$");

    private CaseJsonReader() {
    }

    public static ImportResult read(byte[] content) {
        Optional<Problem> tooDeep = tooDeep(content);
        if (tooDeep.isPresent()) {
            return ImportResult.failure(tooDeep.get());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JacksonException e) {
            return ImportResult.failure(malformed(e));
        }
        if (root == null || !root.isObject()) {
            return ImportResult.failure(new Problem(ProblemCodes.MALFORMED_JSON, "/",
                    "Le fichier doit contenir un objet JSON CASE (avec CFDocument, CFItems et CFAssociations)."));
        }
        return new Run(root).read();
    }

    /**
     * Finds nesting far deeper than any CASE package (about 6 levels) before building the tree, so the refusal
     * names the place (JSON pointer and line) instead of repeating the parser's own limit message.
     */
    private static Optional<Problem> tooDeep(byte[] content) {
        try (JsonParser parser = MAPPER.createParser(content)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_DEPTH) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    String pointer = parser.streamReadContext().getParent().pathAsPointer().toString();
                    return Optional.of(new Problem(ProblemCodes.CASE_TOO_DEEP, (pointer.isEmpty() ? "/" : pointer)
                            + " (ligne " + at.getLineNr() + ", colonne " + at.getColumnNr() + ")",
                            "Le JSON imbrique plus de " + MAX_DEPTH + " objets ou tableaux les uns dans les autres à cet "
                                    + "endroit, alors qu'un paquet CASE en a moins de 10 : le fichier n'a pas été lu."));
                }
                if (token.isStructEnd()) {
                    depth--;
                }
            }
        } catch (JacksonException malformed) {
            // Reported with its position by the full read.
        }
        return Optional.empty();
    }

    private static Problem malformed(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String where = location == null ? "" : "ligne " + location.getLineNr() + ", colonne " + location.getColumnNr();
        String why = e instanceof UnexpectedEndOfInputException
                ? "Le JSON s'arrête avant la fin : le fichier semble tronqué (envoi interrompu ?)."
                : "Le JSON est invalide à cet endroit (détail technique : " + firstLine(e.getOriginalMessage()) + ").";
        return new Problem(ProblemCodes.MALFORMED_JSON, where, why);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "inconnu";
        }
        String line = text.lines().findFirst().orElse(text);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** One CFItem as read, with where it came from. */
    private record Item(int fileOrder, String pointer, String key, UUID id, String code, LocalizedText statement,
                        LocalizedText notes, String listEnumeration) {
    }

    private record ChildLink(String parentKey, Integer sequence, int fileOrder) {
    }

    private static final class Run {
        private final List<Problem> problems = new ArrayList<>();
        private final JsonNode pkg;
        private final String base;
        private final Map<String, Item> items = new LinkedHashMap<>();
        private final Map<String, ChildLink> parents = new HashMap<>();
        private final CaseLocator locator;

        Run(JsonNode root) {
            JsonNode wrapped = root.get(PACKAGE_WRAPPER);
            this.pkg = wrapped != null && wrapped.isObject() ? wrapped : root;
            this.base = wrapped != null && wrapped.isObject() ? "/" + PACKAGE_WRAPPER : "";
            this.locator = new CaseLocator(base);
        }

        ImportResult read() {
            JsonNode document = pkg.get(DOCUMENT);
            if (document == null || !document.isObject()) {
                problems.add(new Problem(ProblemCodes.CASE_MISSING_FIELD, base + "/" + DOCUMENT,
                        "Le paquet ne contient pas de CFDocument : ce n'est pas un référentiel CASE."));
                readItems();
                return ImportResult.failure(problems);
            }
            String documentPointer = base + "/" + DOCUMENT;
            UUID documentId = uuid(document.get("identifier"), documentPointer + "/identifier");
            readItems();
            readAssociations(documentId.toString());
            Map<String, Integer> depths = checkHierarchy(documentId.toString());
            Framework framework = buildFramework(document, documentId, depths);
            problems.addAll(FrameworkValidator.validate(framework, locator).problems());
            return ImportResult.of(framework, problems);
        }

        private void readItems() {
            JsonNode array = pkg.get(ITEMS);
            String pointer = base + "/" + ITEMS;
            if (array == null || !array.isArray()) {
                problems.add(new Problem(ProblemCodes.CASE_MISSING_FIELD, pointer,
                        "Le paquet ne contient pas de tableau CFItems : aucun domaine ni compétence à lire."));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode node = array.get(i);
                String itemPointer = pointer + "/" + i;
                if (!node.isObject()) {
                    problems.add(new Problem(ProblemCodes.CASE_MISSING_FIELD, itemPointer, "Cet élément de CFItems n'est pas un objet."));
                    continue;
                }
                UUID id = uuid(node.get("identifier"), itemPointer + "/identifier");
                JsonNode english = node.path(EXTENSIONS).path(PLUME).path(ENGLISH);
                Item item = new Item(i, itemPointer, id.toString(), id, text(node.get("humanCodingScheme")),
                        new LocalizedText(text(node.get("fullStatement")), text(english.get("fullStatement"))),
                        new LocalizedText(text(node.get("notes")), text(english.get("notes"))),
                        text(node.get("listEnumeration")));
                Item first = items.putIfAbsent(item.key(), item);
                if (first != null) {
                    problems.add(new Problem(ProblemCodes.DUPLICATE_IDNUMBER, itemPointer + "/identifier",
                            "L'identifiant " + id + " est déjà utilisé par " + first.pointer() + " ; chaque CFItem doit avoir le sien."));
                }
            }
        }

        private void readAssociations(String documentKey) {
            JsonNode array = pkg.get(ASSOCIATIONS);
            String pointer = base + "/" + ASSOCIATIONS;
            if (array == null || !array.isArray()) {
                problems.add(new Problem(ProblemCodes.CASE_MISSING_FIELD, pointer,
                        "Le paquet ne contient pas de tableau CFAssociations : la hiérarchie (isChildOf) est inconnue."));
                return;
            }
            for (int j = 0; j < array.size(); j++) {
                JsonNode node = array.get(j);
                String at = pointer + "/" + j;
                if (!node.isObject() || !IS_CHILD_OF.equalsIgnoreCase(text(node.get("associationType")))) {
                    continue;
                }
                String child = uuid(node.path("originNodeURI").get("identifier"), at + "/originNodeURI/identifier").toString();
                String parent = uuid(node.path("destinationNodeURI").get("identifier"), at + "/destinationNodeURI/identifier").toString();
                if (!items.containsKey(child)) {
                    if (!child.equals(documentKey)) {
                        problems.add(new Problem(ProblemCodes.CASE_UNKNOWN_NODE, at + "/originNodeURI",
                                "Cette association isChildOf part d'un élément « " + child + " » absent de CFItems."));
                    }
                    continue;
                }
                JsonNode sequence = node.get("sequenceNumber");
                Integer sequenceNumber = sequence != null && sequence.canConvertToInt() && sequence.isNumber() ? sequence.intValue() : null;
                ChildLink previous = parents.putIfAbsent(child, new ChildLink(parent, sequenceNumber, j));
                if (previous != null && !previous.parentKey().equals(parent)) {
                    problems.add(new Problem(ProblemCodes.MULTIPLE_PARENTS, at, "L'élément " + items.get(child).pointer()
                            + " a plusieurs parents (" + previous.parentKey() + " et " + parent
                            + ") ; dans un référentiel Plume chaque élément a un seul parent."));
                }
            }
        }

        private Map<String, Integer> checkHierarchy(String documentKey) {
            List<HierarchyCheck.Node> nodes = new ArrayList<>();
            for (Item item : items.values()) {
                ChildLink link = parents.get(item.key());
                if (link == null) {
                    problems.add(new Problem(ProblemCodes.ORPHAN, item.pointer(), "L'élément « " + describe(item)
                            + " » n'est rattaché à rien : ajoutez une association isChildOf vers son parent."));
                } else {
                    nodes.add(new HierarchyCheck.Node(item.key(), link.parentKey(), item.pointer()));
                }
            }
            HierarchyCheck.Result result = HierarchyCheck.check(nodes, Set.of(documentKey));
            problems.addAll(result.problems());
            for (Item item : items.values()) {
                result.depth(item.key()).filter(depth -> depth > LEVEL_DEPTH).ifPresent(depth -> problems.add(
                        new Problem(ProblemCodes.TOO_DEEP, item.pointer(), "L'élément « " + describe(item) + " » est au niveau "
                                + depth + " de la hiérarchie ; Plume attend domaine → compétence → niveau (3 niveaux).")));
            }
            return result.depths();
        }

        private Framework buildFramework(JsonNode document, UUID documentId, Map<String, Integer> depths) {
            Map<String, List<Item>> children = childrenByParent(depths);
            List<Domain> domains = new ArrayList<>();
            for (Item domainItem : children.getOrDefault(documentId.toString(), List.of())) {
                List<Competency> competencies = new ArrayList<>();
                List<String> competencyPointers = new ArrayList<>();
                List<List<String>> levelPointersOfDomain = new ArrayList<>();
                for (Item competencyItem : children.getOrDefault(domainItem.key(), List.of())) {
                    List<Item> levelItems = new ArrayList<>();
                    List<LevelDescriptor> levels = new ArrayList<>();
                    for (Item levelItem : children.getOrDefault(competencyItem.key(), List.of())) {
                        levelNumber(levelItem).ifPresent(level -> {
                            levels.add(new LevelDescriptor(level, levelItem.statement()));
                            levelItems.add(levelItem);
                        });
                    }
                    List<Integer> order = sortedIndexes(levels);
                    competencies.add(new Competency(competencyItem.id(), competencyItem.code(), competencyItem.statement(),
                            competencyItem.notes(), order.stream().map(levels::get).toList()));
                    competencyPointers.add(competencyItem.pointer());
                    levelPointersOfDomain.add(order.stream().map(i -> levelItems.get(i).pointer()).toList());
                }
                domains.add(new Domain(domainItem.id(), domainItem.code(), domainItem.statement(), domainItem.notes(), competencies));
                locator.addDomain(domainItem.pointer(), competencyPointers, levelPointersOfDomain);
            }
            JsonNode plume = document.path(EXTENSIONS).path(PLUME);
            JsonNode english = plume.path(ENGLISH);
            return new Framework(documentId, text(plume.get(CODE)), text(document.get("version")),
                    new LocalizedText(text(document.get("title")), text(english.get("title"))),
                    new LocalizedText(text(document.get("description")), text(english.get("description"))),
                    licence(document), domains);
        }

        private Map<String, List<Item>> childrenByParent(Map<String, Integer> depths) {
            Map<String, List<Item>> children = new HashMap<>();
            items.values().stream()
                    .filter(item -> depths.containsKey(item.key()) && depths.get(item.key()) <= LEVEL_DEPTH)
                    .sorted(Comparator.comparing((Item item) -> sequence(item), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingInt(item -> parents.get(item.key()).fileOrder()))
                    .forEach(item -> children.computeIfAbsent(parents.get(item.key()).parentKey(), k -> new ArrayList<>()).add(item));
            return children;
        }

        private Integer sequence(Item item) {
            return parents.get(item.key()).sequence();
        }

        private Optional<Integer> levelNumber(Item item) {
            String raw = !item.listEnumeration().isBlank() ? item.listEnumeration().strip() : item.code();
            Matcher matcher = TRAILING_NUMBER.matcher(raw);
            if (matcher.find() && matcher.group(1).length() <= 3) {
                return Optional.of(Integer.parseInt(matcher.group(1)));
            }
            problems.add(new Problem(ProblemCodes.INVALID_LEVEL, item.pointer() + "/listEnumeration",
                    "Le numéro de niveau de « " + describe(item) + " » est absent ou illisible (attendu : un entier de 1 à 6 dans listEnumeration)."));
            return Optional.empty();
        }

        private String licence(JsonNode document) {
            JsonNode link = document.path("licenseURI");
            String title = text(link.get("title"));
            if (!title.isBlank()) {
                return title;
            }
            String id = text(link.get("identifier"));
            for (JsonNode licence : pkg.path(DEFINITIONS).path("CFLicenses")) {
                if (!id.isBlank() && id.equalsIgnoreCase(text(licence.get("identifier")))) {
                    return text(licence.get("title"));
                }
            }
            return "";
        }

        private UUID uuid(JsonNode node, String pointer) {
            String raw = text(node);
            if (raw.isBlank()) {
                problems.add(new Problem(ProblemCodes.MISSING_IDNUMBER, pointer, "L'identifiant (UUID) est absent."));
                return Uuids.placeholderFor(pointer);
            }
            return Uuids.parse(raw).orElseGet(() -> {
                problems.add(new Problem(ProblemCodes.INVALID_UUID, pointer, "« " + raw
                        + " » n'est pas un UUID valide (attendu : 8-4-4-4-12 chiffres hexadécimaux, par exemple 3f2b8c1e-…)."));
                return Uuids.placeholderFor(raw.strip().toLowerCase(java.util.Locale.ROOT));
            });
        }

        private static String describe(Item item) {
            return item.code().isBlank() ? item.statement().fr() : item.code();
        }
    }

    private static List<Integer> sortedIndexes(List<LevelDescriptor> levels) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.comparingInt(i -> levels.get(i).level()));
        return indexes;
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainer() || node.isMissingNode()) {
            return "";
        }
        return node.isString() ? node.asString() : node.asString("");
    }

    /** Points problems at the JSON elements the model was read from. */
    private static final class CaseLocator implements ModelLocator {
        private final String base;
        private final List<String> domainPointers = new ArrayList<>();
        private final List<List<String>> competencyPointers = new ArrayList<>();
        private final List<List<List<String>>> levelPointers = new ArrayList<>();

        CaseLocator(String base) {
            this.base = base;
        }

        void addDomain(String pointer, List<String> competencies, List<List<String>> levels) {
            domainPointers.add(pointer);
            competencyPointers.add(competencies);
            levelPointers.add(levels);
        }

        @Override
        public String framework(Field field) {
            String document = base + "/" + DOCUMENT;
            return switch (field) {
                case IDNUMBER -> document + "/identifier";
                case CODE -> document + "/" + EXTENSIONS + "/" + PLUME + "/" + CODE;
                case VERSION -> document + "/version";
                case TITLE -> document + "/title";
                case DESCRIPTION -> document + "/description";
                case LICENCE -> document + "/licenseURI";
                case LEVEL, TEXT, CHILDREN -> document;
            };
        }

        @Override
        public String domain(int d, Field field) {
            return item(domainPointers.get(d), field);
        }

        @Override
        public String competency(int d, int c, Field field) {
            String pointer = competencyPointers.get(d).get(c);
            return field == Field.LEVEL ? pointer : item(pointer, field);
        }

        @Override
        public String level(int d, int c, int l, Field field) {
            return item(levelPointers.get(d).get(c).get(l), field);
        }

        private static String item(String pointer, Field field) {
            return switch (field) {
                case IDNUMBER -> pointer + "/identifier";
                case CODE -> pointer + "/humanCodingScheme";
                case TITLE, TEXT -> pointer + "/fullStatement";
                case DESCRIPTION -> pointer + "/notes";
                case LEVEL -> pointer + "/listEnumeration";
                case VERSION, LICENCE, CHILDREN -> pointer;
            };
        }
    }
}

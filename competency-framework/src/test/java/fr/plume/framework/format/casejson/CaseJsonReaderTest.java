package fr.plume.framework.format.casejson;

import fr.plume.framework.TestFrameworks;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Framework;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CaseJsonReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Framework framework = TestFrameworks.small();

    private ObjectNode written() {
        return (ObjectNode) JSON.readTree(CaseJsonWriter.write(framework, Instant.parse("2025-01-01T00:00:00Z")));
    }

    private static ImportResult read(JsonNode node) {
        return CaseJsonReader.read(JSON.writeValueAsBytes(node));
    }

    private static int indexOfItem(ObjectNode pkg, String code) {
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("humanCodingScheme").asString().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void writesACasePackageWithDocumentItemsTypedByLevelAndIsChildOfAssociations() {
        ObjectNode pkg = written();
        assertThat(pkg.get("CFDocument").get("identifier").asString()).isEqualTo(framework.idnumber().toString());
        assertThat(pkg.get("CFDocument").get("lastChangeDateTime").asString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(pkg.get("CFItems")).hasSize(2 + 4 + 24);
        assertThat(pkg.get("CFAssociations")).hasSize(30)
                .allSatisfy(association -> assertThat(association.get("associationType").asString()).isEqualTo("isChildOf"));
        JsonNode level = pkg.get("CFItems").get(indexOfItem(pkg, "1.1.N3"));
        assertThat(level.get("CFItemType").asString()).isEqualTo("Niveau");
        assertThat(level.get("listEnumeration").asString()).isEqualTo("3");
        assertThat(level.get("extensions").get("plume").get("en").get("fullStatement").asString()).isEqualTo("Level 3 of 1.1");
    }

    @Test
    void writesStableIdentifiersForLevelItemsAndAssociations() {
        byte[] first = CaseJsonWriter.write(framework, Instant.EPOCH);
        byte[] second = CaseJsonWriter.write(framework, Instant.EPOCH);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void keepsTextOutsideTheBasicMultilingualPlane() {
        String json = new String(CaseJsonWriter.write(framework), StandardCharsets.UTF_8);
        assertThat(json).contains("Orthographe lexicale " + TestFrameworks.NON_BMP);
        assertThat(CaseJsonReader.read(json.getBytes(StandardCharsets.UTF_8)).framework()).contains(framework);
    }

    @Test
    void acceptsAPackageWrappedInCFPackage() {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.set("CFPackage", written());
        assertThat(read(wrapper).framework()).contains(framework);
    }

    @Test
    void acceptsUppercaseIdentifiersAndMatchesThemCaseInsensitively() {
        String json = new String(CaseJsonWriter.write(framework), StandardCharsets.UTF_8);
        String upper = json.replaceAll("\"identifier\" : \"([0-9a-f-]{36})\"", "\"identifier\" : \"$1\"")
                .replace(framework.idnumber().toString(), framework.idnumber().toString().toUpperCase(Locale.ROOT))
                .replace(TestFrameworks.id(111).toString(), TestFrameworks.id(111).toString().toUpperCase(Locale.ROOT));
        assertThat(upper).contains(TestFrameworks.id(111).toString().toUpperCase(Locale.ROOT));
        assertThat(CaseJsonReader.read(upper.getBytes(StandardCharsets.UTF_8)).framework()).contains(framework);
    }

    @Test
    void ordersSiblingsBySequenceNumberNotByFilePosition() {
        ObjectNode pkg = written();
        ArrayNode associations = (ArrayNode) pkg.get("CFAssociations");
        List<JsonNode> shuffled = new ArrayList<>();
        associations.forEach(shuffled::add);
        Collections.reverse(shuffled);
        associations.removeAll();
        shuffled.forEach(associations::add);
        ArrayNode items = (ArrayNode) pkg.get("CFItems");
        List<JsonNode> reversedItems = new ArrayList<>();
        items.forEach(reversedItems::add);
        Collections.reverse(reversedItems);
        items.removeAll();
        reversedItems.forEach(items::add);

        assertThat(read(pkg).framework()).contains(framework);
    }

    @Test
    void reportsTruncatedJsonWithItsPosition() {
        byte[] json = CaseJsonWriter.write(framework);
        byte[] truncated = java.util.Arrays.copyOf(json, json.length / 2);

        ImportResult result = CaseJsonReader.read(truncated);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.MALFORMED_JSON);
            assertThat(problem.location()).matches("ligne \\d+, colonne \\d+");
            assertThat(problem.message()).contains("tronqué");
        });
    }

    @Test
    void reportsInvalidJsonAndDuplicateKeys() {
        assertThat(CaseJsonReader.read("{\"CFDocument\": {,}}".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(Problem::code).containsExactly(ProblemCodes.MALFORMED_JSON);
        assertThat(CaseJsonReader.read("{\"CFDocument\": {}, \"CFDocument\": {}}".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().extracting(Problem::message).asString().contains("CFDocument");
        assertThat(CaseJsonReader.read("[1, 2]".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().extracting(Problem::location).isEqualTo("/");
    }

    @Test
    void reportsDeepNestingWithItsJsonPointerAndLineInsteadOfParserInternals() {
        String deep = "{\"CFDocument\": {\"identifier\": \"x\"},\n  \"CFItems\": [{\"notes\": "
                + "[".repeat(5_000) + "]".repeat(5_000) + "}]}";

        ImportResult result = CaseJsonReader.read(deep.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.CASE_TOO_DEEP);
            assertThat(problem.location()).startsWith("/CFItems/0/notes/0/0/").endsWith("(ligne 2, colonne 86)");
            assertThat(problem.message()).contains("imbrique plus de " + CaseJsonReader.MAX_DEPTH)
                    .doesNotContainIgnoringCase("constraint").doesNotContainIgnoringCase("nesting").doesNotContain("`");
        });
    }

    @Test
    void reportsAPackageWithoutDocument() {
        ObjectNode pkg = written();
        pkg.remove("CFDocument");
        assertThat(read(pkg).problems()).extracting(Problem::code, Problem::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCodes.CASE_MISSING_FIELD, "/CFDocument"));
    }

    @Test
    void reportsACyclicHierarchyAndBuildsNothing() {
        ObjectNode pkg = written();
        int domain = indexOfItem(pkg, "1");
        String competencyId = TestFrameworks.id(111).toString();
        for (JsonNode association : pkg.get("CFAssociations")) {
            if (association.get("originNodeURI").get("identifier").asString().equals(TestFrameworks.id(11).toString())) {
                ((ObjectNode) association.get("destinationNodeURI")).put("identifier", competencyId);
            }
        }

        ImportResult result = read(pkg);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).filteredOn(p -> p.code().equals(ProblemCodes.CYCLE)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isIn("/CFItems/" + domain, "/CFItems/" + indexOfItem(pkg, "1.1"));
            assertThat(problem.message()).contains(competencyId, TestFrameworks.id(11).toString(), "boucle");
        });
    }

    @Test
    void reportsEveryDuplicateIdentifierWithItsJsonPointer() {
        ObjectNode pkg = written();
        int second = indexOfItem(pkg, "1.2");
        int fourth = indexOfItem(pkg, "2.10");
        ((ObjectNode) pkg.get("CFItems").get(second)).put("identifier", TestFrameworks.id(111).toString());
        ((ObjectNode) pkg.get("CFItems").get(fourth)).put("identifier", TestFrameworks.id(121).toString().toUpperCase(Locale.ROOT));

        ImportResult result = read(pkg);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).filteredOn(p -> p.code().equals(ProblemCodes.DUPLICATE_IDNUMBER))
                .extracting(Problem::location)
                .containsExactly("/CFItems/" + second + "/identifier", "/CFItems/" + fourth + "/identifier");
    }

    @Test
    void reportsInvalidUuidsOrphansAndMissingLevelsAllAtOnce() {
        ObjectNode pkg = written();
        int competency = indexOfItem(pkg, "2.1");
        ((ObjectNode) pkg.get("CFItems").get(competency)).put("identifier", "pas-un-uuid");
        int level = indexOfItem(pkg, "1.2.N5");
        ArrayNode associations = (ArrayNode) pkg.get("CFAssociations");
        String levelId = pkg.get("CFItems").get(level).get("identifier").asString();
        for (int i = associations.size() - 1; i >= 0; i--) {
            if (associations.get(i).get("originNodeURI").get("identifier").asString().equals(levelId)) {
                associations.remove(i);
            }
        }
        ((ObjectNode) pkg.get("CFDocument")).put("version", "1.0");

        ImportResult result = read(pkg);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code, Problem::location).contains(
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.INVALID_UUID, "/CFItems/" + competency + "/identifier"),
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.ORPHAN, "/CFItems/" + level),
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.MISSING_LEVEL, "/CFItems/" + indexOfItem(pkg, "1.2")),
                org.assertj.core.groups.Tuple.tuple(ProblemCodes.INVALID_VERSION, "/CFDocument/version"));
    }

    @Test
    void pointsModelProblemsAtTheJsonPropertyOfTheWrappedPackage() {
        ObjectNode pkg = written();
        int competency = indexOfItem(pkg, "1.1");
        ((ObjectNode) pkg.get("CFItems").get(competency)).put("fullStatement", "");
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.set("CFPackage", pkg);

        assertThat(read(wrapper).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.MISSING_FRENCH_TEXT);
            assertThat(problem.location()).isEqualTo("/CFPackage/CFItems/" + competency + "/fullStatement");
        });
    }

    @Test
    void reportsAHierarchyDeeperThanDomainCompetencyLevel() {
        ObjectNode pkg = written();
        ObjectNode extra = ((ObjectNode) pkg.get("CFItems").get(indexOfItem(pkg, "1.1.N1"))).deepCopy();
        extra.put("identifier", "11111111-2222-4333-8444-555555555555");
        extra.put("humanCodingScheme", "1.1.N1.a");
        ((ArrayNode) pkg.get("CFItems")).add(extra);
        ObjectNode link = ((ObjectNode) pkg.get("CFAssociations").get(0)).deepCopy();
        ((ObjectNode) link.get("originNodeURI")).put("identifier", "11111111-2222-4333-8444-555555555555");
        ((ObjectNode) link.get("destinationNodeURI")).put("identifier",
                pkg.get("CFItems").get(indexOfItem(pkg, "1.1.N1")).get("identifier").asString());
        ((ArrayNode) pkg.get("CFAssociations")).add(link);

        assertThat(read(pkg).problems()).extracting(Problem::code).containsExactly(ProblemCodes.TOO_DEEP);
    }

    @Test
    void readsTheLicenceFromTheDefinitionsWhenTheLinkHasNoTitle() {
        ObjectNode pkg = written();
        ((ObjectNode) pkg.get("CFDocument").get("licenseURI")).remove("title");
        assertThat(read(pkg).framework()).map(Framework::licence).contains("CC-BY-SA-4.0");
    }

    @Test
    void readsLevelsWhoseNumberIsOnlyInTheCodingScheme() {
        ObjectNode pkg = written();
        pkg.get("CFItems").forEach(item -> ((ObjectNode) item).remove("listEnumeration"));
        assertThat(read(pkg).framework()).map(f -> f.competencyByCode("2.10").orElseThrow()).map(Competency::levels)
                .hasValueSatisfying(levels -> assertThat(levels).hasSize(6));
    }
}

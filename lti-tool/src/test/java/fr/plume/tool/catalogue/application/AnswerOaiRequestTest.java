package fr.plume.tool.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.OpenModule;
import fr.plume.tool.catalogue.OaiSchema;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.shared.domain.DeploymentSecret;
import fr.plume.tool.support.FixedFrameworks;
import fr.plume.tool.support.InMemoryPublishedModules;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.TestFrameworks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AnswerOaiRequestTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";
    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]*)</resumptionToken>");
    private static final Pattern IDENTIFIER = Pattern.compile("<identifier>([^<]*)</identifier>");

    private final MovableClock clock = MovableClock.stopped();
    private final Instant t0 = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));
    private final InMemoryPublishedModules commons = new InMemoryPublishedModules();

    private AnswerOaiRequest provider(FixedFrameworks frameworks, String secret, int pageSize) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("commons", commons));
        return new AnswerOaiRequest(new CommonsModules(beans.getBeanProvider(PublishedModules.class)), frameworks,
                () -> "https://plume.example.org", new DeploymentSecret(secret), clock, pageSize,
                "commons@plume.example.org");
    }

    private AnswerOaiRequest provider() {
        return provider(FixedFrameworks.current(TestFrameworks.twoDomains("1.0.0")), SECRET, 2);
    }

    /** Asks, checks the reply against the schema, returns it. */
    private static String ask(AnswerOaiRequest provider, String... nameValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        String xml = provider.answer(parameters);
        OaiSchema.check(xml);
        return xml;
    }

    private OpenModule publish(String title, String competency, Instant at) {
        OpenModule module = InMemoryPublishedModules.module(UUID.randomUUID(), title, competency, List.of());
        commons.publish(module, List.of(), at);
        return module;
    }

    private static String errorCode(String xml) {
        Matcher m = Pattern.compile("<error code=\"([^\"]+)\"").matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    private static List<String> all(Pattern pattern, String xml) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void identifyDescribesAPersistentRepositoryToTheSecond() {
        publish("Accords", "1.1", t0.plusSeconds(30));
        publish("Virgules", "1.2", t0);

        String xml = ask(provider(), "verb", "Identify");

        assertThat(xml).contains("<baseURL>https://plume.example.org/oai</baseURL>")
                .contains("<protocolVersion>2.0</protocolVersion>")
                .contains("<earliestDatestamp>" + t0 + "</earliestDatestamp>")
                .contains("<deletedRecord>persistent</deletedRecord>")
                .contains("<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>")
                .contains("<adminEmail>commons@plume.example.org</adminEmail>");
    }

    @Test
    void listMetadataFormatsOffersDublinCoreLomAndLomfr() {
        OpenModule module = publish("Accords", "1.1", t0);

        String all = ask(provider(), "verb", "ListMetadataFormats");
        String one = ask(provider(), "verb", "ListMetadataFormats", "identifier",
                "oai:plume.example.org:module:" + module.id());

        assertThat(all).contains("<metadataPrefix>oai_dc</metadataPrefix>").contains("<metadataPrefix>lom</metadataPrefix>")
                .contains("<metadataPrefix>lomfr</metadataPrefix>");
        assertThat(one).isNotEmpty().doesNotContain("<error");
    }

    @Test
    void listSetsGivesADomainAndItsCompetencies() {
        String xml = ask(provider(), "verb", "ListSets");

        assertThat(xml).contains("<setSpec>domain-1</setSpec>").contains("<setSpec>domain-1:competency-1.1</setSpec>")
                .contains("<setSpec>domain-2:competency-2.2</setSpec>").contains("<setName>1.1 Compétence 1.1</setName>");
    }

    @Test
    void listRecordsPagesWithResumptionTokensUntilEveryModuleIsDelivered() {
        List<UUID> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(publish("Module " + i, "1.1", t0.plusSeconds(i)).id());
        }
        AnswerOaiRequest provider = provider();

        List<String> identifiers = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String xml = ask(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc");
        while (true) {
            identifiers.addAll(all(Pattern.compile("<header><identifier>([^<]*)</identifier>"), xml));
            Matcher cursor = Pattern.compile("completeListSize=\"5\" cursor=\"(\\d+)\"").matcher(xml);
            if (cursor.find()) {
                cursors.add(cursor.group(1));
            }
            List<String> token = all(TOKEN, xml);
            if (token.isEmpty() || token.get(0).isEmpty()) {
                break;
            }
            xml = ask(provider, "verb", "ListRecords", "resumptionToken", token.get(0));
        }

        assertThat(identifiers).containsExactlyElementsOf(published.stream()
                .map(id -> "oai:plume.example.org:module:" + id).toList());
        assertThat(cursors).containsExactly("0", "2", "4");
        assertThat(xml).contains("<resumptionToken completeListSize=\"5\" cursor=\"4\"></resumptionToken>");
    }

    @Test
    void aRetiredModuleIsADeletedRecordWithoutMetadata() {
        OpenModule module = publish("Accords", "1.1", t0);
        commons.retire(module.id(), t0.plusSeconds(60));

        String xml = ask(provider(), "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier",
                "oai:plume.example.org:module:" + module.id());

        assertThat(xml).contains("<header status=\"deleted\">").contains("<datestamp>" + t0.plusSeconds(60) + "</datestamp>")
                .doesNotContain("<metadata>");
    }

    @Test
    void fromAndUntilAreInclusiveToTheSecondAndToTheDay() {
        OpenModule early = publish("Tôt", "1.1", t0.plusMillis(400));
        OpenModule late = publish("Tard", "1.1", t0.plus(Duration.ofDays(2)));
        AnswerOaiRequest provider = provider();

        String second = ask(provider, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", t0.toString(),
                "until", t0.toString());
        String days = ask(provider, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from",
                t0.plus(Duration.ofDays(1)).toString().substring(0, 10), "until",
                t0.plus(Duration.ofDays(2)).toString().substring(0, 10));

        assertThat(all(IDENTIFIER, second)).containsExactly("oai:plume.example.org:module:" + early.id());
        assertThat(all(IDENTIFIER, days)).containsExactly("oai:plume.example.org:module:" + late.id());
    }

    @Test
    void aSetSelectsTheModulesOfItsDomainOrCompetency() {
        OpenModule first = publish("Un", "1.1", t0);
        OpenModule second = publish("Deux", "1.2", t0.plusSeconds(1));
        OpenModule other = publish("Autre", "2.1", t0.plusSeconds(2));
        AnswerOaiRequest provider = provider(FixedFrameworks.current(TestFrameworks.twoDomains("1.0.0")), SECRET, 1);

        String domain = ask(provider, "verb", "ListIdentifiers", "metadataPrefix", "lom", "set", "domain-1");
        String next = ask(provider, "verb", "ListIdentifiers", "resumptionToken", all(TOKEN, domain).get(0));
        String competency = ask(provider, "verb", "ListIdentifiers", "metadataPrefix", "lom", "set",
                "domain-2:competency-2.1");

        assertThat(all(IDENTIFIER, domain + next)).containsExactly("oai:plume.example.org:module:" + first.id(),
                "oai:plume.example.org:module:" + second.id());
        assertThat(domain).contains("completeListSize=\"2\"");
        assertThat(all(IDENTIFIER, competency)).containsExactly("oai:plume.example.org:module:" + other.id());
        assertThat(competency).contains("<setSpec>domain-2</setSpec><setSpec>domain-2:competency-2.1</setSpec>");
    }

    @Test
    void dublinCoreCarriesTheModulesDescriptionLicenceAndCompetencies() {
        OpenModule module = publish("Accords <du> participe", "1.1", t0);

        String xml = ask(provider(), "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier",
                "oai:plume.example.org:module:" + module.id());

        assertThat(xml).contains("<dc:title xml:lang=\"fr\">Accords &lt;du&gt; participe</dc:title>")
                .contains("<dc:subject>plume:1.1</dc:subject>").contains("<dc:creator>Anne Autrice</dc:creator>")
                .contains("<dc:identifier>https://plume.example.org/catalogue/modules/" + module.id() + "</dc:identifier>")
                .contains("<dc:relation>https://plume.example.org/catalogue/modules/" + module.id()
                        + "/cartridge.imscc</dc:relation>")
                .contains("<dc:rights>CC-BY-SA-4.0 https://creativecommons.org/licenses/by-sa/4.0/</dc:rights>");
    }

    @Test
    void lomAndLomfrClassifyTheModuleByCompetency() {
        OpenModule module = publish("Accords", "1.1", t0);
        String id = "oai:plume.example.org:module:" + module.id();

        String lom = ask(provider(), "verb", "GetRecord", "metadataPrefix", "lom", "identifier", id);
        String lomfr = ask(provider(), "verb", "GetRecord", "metadataPrefix", "lomfr", "identifier", id);

        assertThat(lom).contains("<lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\"").contains("<taxon><id>1.1</id>")
                .contains("FN:Bob\\, Relecteur").contains("<duration>PT30M</duration>").doesNotContain("lomfr:");
        assertThat(lomfr).contains("<lomfr:documentType><lomfr:source>LOMFRv1.0</lomfr:source>")
                .contains("<value>exercice</value>");
    }

    @Test
    void everyBadVerbIsRefusedWithoutEchoingTheRequest() {
        AnswerOaiRequest provider = provider();

        for (String[] request : List.of(new String[] {}, new String[] {"verb", "ListThings"},
                new String[] {"verb", "Identify", "verb", "Identify"})) {
            String xml = ask(provider, request);
            assertThat(errorCode(xml)).as(String.join(" ", request)).isEqualTo("badVerb");
            assertThat(xml).contains("<request>https://plume.example.org/oai</request>");
        }
    }

    @Test
    void everyBadArgumentIsRefused() {
        AnswerOaiRequest provider = provider();
        List<String[]> requests = List.of(
                new String[] {"verb", "Identify", "set", "domain-1"},
                new String[] {"verb", "ListRecords"},
                new String[] {"verb", "GetRecord", "metadataPrefix", "oai_dc"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "metadataPrefix", "lom"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-13-45"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "yesterday"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-01-01",
                    "until", "2026-02-01T00:00:00Z"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-02-01",
                    "until", "2026-01-01"},
                new String[] {"verb", "ListRecords", "resumptionToken", "x", "metadataPrefix", "oai_dc"});

        for (String[] request : requests) {
            String xml = ask(provider, request);
            assertThat(errorCode(xml)).as(String.join(" ", request)).isEqualTo("badArgument");
            assertThat(xml).contains("<request>https://plume.example.org/oai</request>");
        }
    }

    @Test
    void aForgedTamperedExpiredOrForeignTokenIsABadResumptionToken() {
        for (int i = 0; i < 3; i++) {
            publish("Module " + i, "1.1", t0.plusSeconds(i));
        }
        AnswerOaiRequest provider = provider();
        String token = all(TOKEN, ask(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc")).get(0);
        String otherDeployment = all(TOKEN, ask(provider(FixedFrameworks.none(), "another-secret-of-thirty-two-bytes!!",
                2), "verb", "ListRecords", "metadataPrefix", "oai_dc")).get(0);
        // a character inside the token: the last one may only carry padding bits
        char middle = token.charAt(20);
        String tampered = token.substring(0, 20) + (middle == 'A' ? 'B' : 'A') + token.substring(21);

        assertThat(token).doesNotContain(commons.changedBetween(null, null, null, 1).get(0).module().id().toString());
        for (String bad : List.of("not-a-token", tampered, otherDeployment)) {
            assertThat(errorCode(ask(provider, "verb", "ListRecords", "resumptionToken", bad))).as(bad)
                    .isEqualTo("badResumptionToken");
        }
        assertThat(errorCode(ask(provider, "verb", "ListIdentifiers", "resumptionToken", token)))
                .isEqualTo("badResumptionToken");
        assertThat(errorCode(ask(provider, "verb", "ListSets", "resumptionToken", token)))
                .isEqualTo("badResumptionToken");
        clock.advance(AnswerOaiRequest.TOKEN_LIFETIME.plusSeconds(1));
        assertThat(errorCode(ask(provider, "verb", "ListRecords", "resumptionToken", token)))
                .isEqualTo("badResumptionToken");
    }

    @Test
    void anUnknownFormatCannotBeDisseminated() {
        OpenModule module = publish("Accords", "1.1", t0);

        assertThat(errorCode(ask(provider(), "verb", "ListRecords", "metadataPrefix", "marc21")))
                .isEqualTo("cannotDisseminateFormat");
        String xml = ask(provider(), "verb", "GetRecord", "metadataPrefix", "marc21", "identifier",
                "oai:plume.example.org:module:" + module.id());
        assertThat(errorCode(xml)).isEqualTo("cannotDisseminateFormat");
        assertThat(xml).contains("<request verb=\"GetRecord\" metadataPrefix=\"marc21\" identifier=\"oai:");
    }

    @Test
    void anUnknownIdentifierDoesNotExist() {
        AnswerOaiRequest provider = provider();

        for (String id : List.of("oai:plume.example.org:module:" + UUID.randomUUID(), "oai:elsewhere.org:module:x",
                "oai:plume.example.org:module:not-a-uuid")) {
            assertThat(errorCode(ask(provider, "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", id)))
                    .as(id).isEqualTo("idDoesNotExist");
            assertThat(errorCode(ask(provider, "verb", "ListMetadataFormats", "identifier", id))).as(id)
                    .isEqualTo("idDoesNotExist");
        }
    }

    @Test
    void anEmptySelectionMatchesNoRecords() {
        publish("Accords", "1.1", t0);

        assertThat(errorCode(ask(provider(), "verb", "ListRecords", "metadataPrefix", "oai_dc", "from",
                t0.plus(Duration.ofDays(1)).toString()))).isEqualTo("noRecordsMatch");
        assertThat(errorCode(ask(provider(), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set",
                "domain-2"))).isEqualTo("noRecordsMatch");
    }

    @Test
    void withoutAFrameworkThereIsNoSetHierarchy() {
        publish("Accords", "1.1", t0);
        AnswerOaiRequest provider = provider(FixedFrameworks.none(), SECRET, 2);

        assertThat(errorCode(ask(provider, "verb", "ListSets"))).isEqualTo("noSetHierarchy");
        assertThat(errorCode(ask(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "domain-1")))
                .isEqualTo("noSetHierarchy");
        assertThat(ask(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc"))
                .contains("<setSpec>domain-1:competency-1.1</setSpec>");
    }

    @Test
    void theSchemaCheckRefusesAMalformedEnvelopeOrDublinCore() {
        OpenModule module = publish("Accords", "1.1", t0);
        String xml = provider().answer(Map.of("verb", List.of("GetRecord"), "metadataPrefix", List.of("oai_dc"),
                "identifier", List.of("oai:plume.example.org:module:" + module.id())));

        OaiSchema.check(xml);
        assertThatThrownBy(() -> OaiSchema.check(xml.replace("<responseDate>", "<responseDate>x")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OaiSchema.check(xml.replace("dc:title", "dc:titel")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OaiSchema.check(xml.replace("<header>", "<header status=\"gone\">")))
                .isInstanceOf(AssertionError.class);
    }
}

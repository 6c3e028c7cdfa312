package fr.plume.tool.catalogue.application;

import fr.plume.framework.model.Framework;
import fr.plume.tool.catalogue.domain.CommonsSets;
import fr.plume.tool.catalogue.domain.MetadataFormat;
import fr.plume.tool.catalogue.domain.ModuleDownloads;
import fr.plume.tool.catalogue.domain.ModuleMetadata;
import fr.plume.tool.catalogue.domain.OaiDates;
import fr.plume.tool.catalogue.domain.OaiEnvelope;
import fr.plume.tool.catalogue.domain.OaiProblem;
import fr.plume.tool.catalogue.domain.OaiRequest;
import fr.plume.tool.catalogue.domain.OaiResumption;
import fr.plume.tool.catalogue.domain.OaiXml;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.itembank.api.PublishedModules.Cursor;
import fr.plume.tool.itembank.api.PublishedModules.Published;
import fr.plume.tool.shared.domain.DeploymentSecret;
import fr.plume.tool.shared.domain.PublicUrl;
import fr.plume.tool.shared.domain.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The commons' OAI-PMH 2.0 provider: answers the six verbs over the item bank's published
 * modules, a retired module being a deleted record (deletedRecord "persistent"). Lists come in
 * pages; the resumption token carries the port's cursor, so no node keeps harvesting state.
 */
@Service
public class AnswerOaiRequest {

    /** How long a harvester may take between two pages. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    private static final int BATCH = 200;
    /** Stands for "before the first record" in a cursor. */
    private static final UUID NO_MODULE = new UUID(0, 0);

    private final CommonsModules modules;
    private final Frameworks frameworks;
    private final PublicUrl publicUrl;
    private final SecretBox tokens;
    private final Clock clock;
    private final int pageSize;
    private final String adminEmail;

    AnswerOaiRequest(CommonsModules modules, Frameworks frameworks, PublicUrl publicUrl, DeploymentSecret secret,
            Clock clock, @Value("${plume.catalogue.oai.page-size:50}") int pageSize,
            @Value("${plume.catalogue.oai.admin-email:}") String adminEmail) {
        this.modules = modules;
        this.frameworks = frameworks;
        this.publicUrl = publicUrl;
        this.tokens = new SecretBox(secret.value(), "plume-oai-resumption-token", "oai-pmh resumption token");
        this.clock = clock;
        this.pageSize = pageSize;
        this.adminEmail = adminEmail;
    }

    /** @param parameters the request's query or form parameters, repeated ones included */
    public String answer(Map<String, List<String>> parameters) {
        Instant now = clock.instant();
        String baseUrl = baseUrl();
        OaiRequest request = null;
        try {
            request = OaiRequest.parse(parameters);
            return OaiEnvelope.reply(now, baseUrl, request, body(request, now));
        } catch (OaiProblem problem) {
            return OaiEnvelope.error(now, baseUrl, request, problem);
        }
    }

    /** The base URL harvesters are given (Identify's baseURL). */
    public String baseUrl() {
        return publicUrl.base() + "/oai";
    }

    /** Everything is looked up before the reply is written, so a problem never leaves half a reply. */
    private Consumer<OaiXml> body(OaiRequest request, Instant now) {
        return switch (request.verb()) {
            case OaiRequest.IDENTIFY -> identify();
            case OaiRequest.LIST_METADATA_FORMATS -> listMetadataFormats(request);
            case OaiRequest.LIST_SETS -> listSets(request);
            case OaiRequest.GET_RECORD -> getRecord(request);
            default -> list(request, now);
        };
    }

    private Consumer<OaiXml> identify() {
        Instant earliest = modules.get().earliestChange().orElse(clock.instant());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("repositoryName", "Plume : ressources ouvertes du consortium");
        fields.put("baseURL", baseUrl());
        fields.put("protocolVersion", "2.0");
        fields.put("adminEmail", adminEmail.isBlank() ? "commons@" + host() : adminEmail);
        fields.put("earliestDatestamp", OaiDates.format(earliest));
        fields.put("deletedRecord", "persistent");
        fields.put("granularity", "YYYY-MM-DDThh:mm:ssZ");
        return xml -> OaiEnvelope.identify(xml, fields);
    }

    private Consumer<OaiXml> listMetadataFormats(OaiRequest request) {
        request.argument("identifier").ifPresent(this::published);
        return xml -> {
            for (MetadataFormat format : MetadataFormat.values()) {
                xml.start("", OaiEnvelope.OAI, "metadataFormat")
                        .element("", OaiEnvelope.OAI, "metadataPrefix", format.prefix())
                        .element("", OaiEnvelope.OAI, "schema", format.schema())
                        .element("", OaiEnvelope.OAI, "metadataNamespace", format.namespace()).end();
            }
        };
    }

    private Consumer<OaiXml> listSets(OaiRequest request) {
        if (request.resumptionToken().isPresent()) {
            throw new OaiProblem(OaiProblem.BAD_RESUMPTION_TOKEN, "This repository gives no resumption token for sets.");
        }
        List<CommonsSets.CommonsSet> sets = framework().map(CommonsSets::of).orElse(List.of());
        if (sets.isEmpty()) {
            throw new OaiProblem(OaiProblem.NO_SET_HIERARCHY, "No competency framework is stored yet.");
        }
        return xml -> sets.forEach(set -> xml.start("", OaiEnvelope.OAI, "set")
                .element("", OaiEnvelope.OAI, "setSpec", set.spec())
                .element("", OaiEnvelope.OAI, "setName", set.name()).end());
    }

    private Consumer<OaiXml> getRecord(OaiRequest request) {
        Published published = published(request.argument("identifier").orElseThrow());
        MetadataFormat format = MetadataFormat.of(request.argument("metadataPrefix").orElseThrow());
        Optional<Framework> framework = framework();
        return xml -> record(xml, published, format, framework, true);
    }

    private Consumer<OaiXml> list(OaiRequest request, Instant now) {
        boolean withMetadata = request.verb().equals(OaiRequest.LIST_RECORDS);
        Optional<Framework> framework = framework();
        OaiResumption start = request.resumptionToken()
                .map(token -> OaiResumption.open(token, tokens, request.verb(), now))
                .orElseGet(() -> firstPage(request, framework, now));
        MetadataFormat format = MetadataFormat.of(start.prefix());
        Predicate<Published> inSet = published -> start.set().isEmpty()
                || CommonsSets.specsOf(published.module(), framework).contains(start.set());
        Cursor after = start.afterModule().equals(NO_MODULE) ? null : new Cursor(start.afterChangedAt(), start.afterModule());
        List<Published> page = matching(start.from(), start.until(), after, inSet, pageSize + 1);
        if (page.isEmpty()) {
            throw new OaiProblem(OaiProblem.NO_RECORDS_MATCH, "No record matches the request.");
        }
        boolean more = page.size() > pageSize;
        List<Published> shown = more ? page.subList(0, pageSize) : page;
        boolean resumed = request.resumptionToken().isPresent();
        Published last = shown.get(shown.size() - 1);
        OaiResumption next = new OaiResumption(start.verb(), start.prefix(), start.set(), start.from(), start.until(),
                last.changedAt(), last.module().id(), start.delivered() + shown.size(), start.completeListSize(),
                now.plus(TOKEN_LIFETIME));
        return xml -> {
            shown.forEach(published -> record(xml, published, format, framework, withMetadata));
            if (more) {
                OaiEnvelope.resumptionToken(xml, next.seal(tokens), next.expires(), start.completeListSize(),
                        start.delivered());
            } else if (resumed) {
                OaiEnvelope.resumptionToken(xml, null, null, start.completeListSize(), start.delivered());
            }
        };
    }

    /** The state of a first ListIdentifiers/ListRecords request, as if resumed before its first record. */
    private OaiResumption firstPage(OaiRequest request, Optional<Framework> framework, Instant now) {
        String prefix = request.argument("metadataPrefix").orElseThrow();
        MetadataFormat.of(prefix);
        String set = request.argument("set").orElse("");
        if (!set.isEmpty() && framework.isEmpty()) {
            throw new OaiProblem(OaiProblem.NO_SET_HIERARCHY, "No competency framework is stored yet.");
        }
        Instant from = request.argument("from").map(value -> OaiDates.from(value).instant()).orElse(null);
        Instant until = request.argument("until").map(value -> OaiDates.until(value).instant()).orElse(null);
        Predicate<Published> inSet = published -> set.isEmpty()
                || CommonsSets.specsOf(published.module(), framework).contains(set);
        long size = count(from, until, inSet);
        return new OaiResumption(request.verb(), prefix, set, from, until, Instant.EPOCH, NO_MODULE, 0, size,
                now.plus(TOKEN_LIFETIME));
    }

    /** Up to {@code wanted} modules in the set, after the cursor, read from the port batch by batch. */
    private List<Published> matching(Instant from, Instant until, Cursor after, Predicate<Published> inSet, int wanted) {
        PublishedModules port = modules.get();
        List<Published> found = new ArrayList<>();
        Cursor cursor = after;
        while (found.size() < wanted) {
            List<Published> batch = port.changedBetween(from, until, cursor, BATCH);
            for (Published published : batch) {
                if (inSet.test(published) && found.size() < wanted) {
                    found.add(published);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            Published last = batch.get(batch.size() - 1);
            cursor = new Cursor(last.changedAt(), last.module().id());
        }
        return found;
    }

    /** How many modules the whole list holds (completeListSize), read once, at the first page. */
    private long count(Instant from, Instant until, Predicate<Published> inSet) {
        PublishedModules port = modules.get();
        long count = 0;
        Cursor cursor = null;
        while (true) {
            List<Published> batch = port.changedBetween(from, until, cursor, BATCH);
            count += batch.stream().filter(inSet).count();
            if (batch.size() < BATCH) {
                return count;
            }
            Published last = batch.get(batch.size() - 1);
            cursor = new Cursor(last.changedAt(), last.module().id());
        }
    }

    private void record(OaiXml xml, Published published, MetadataFormat format, Optional<Framework> framework,
            boolean withMetadata) {
        if (withMetadata) {
            xml.start("", OaiEnvelope.OAI, "record");
        }
        OaiEnvelope.header(xml, identifier(published.module().id()), published.changedAt(),
                CommonsSets.specsOf(published.module(), framework), published.retired());
        if (withMetadata) {
            if (!published.retired()) {
                xml.start("", OaiEnvelope.OAI, "metadata");
                new ModuleMetadata(published.module(), published.changedAt(), ModuleDownloads.links(publicUrl.base(),
                        published.module().id()), competencyTitles(framework)).write(xml, format);
                xml.end();
            }
            xml.end();
        }
    }

    /** {@code oai:<host>:module:<id>} (the oai-identifier scheme's shape). */
    public String identifier(UUID moduleId) {
        return "oai:" + host() + ":module:" + moduleId;
    }

    private Published published(String identifier) {
        String prefix = "oai:" + host() + ":module:";
        Optional<UUID> id = Optional.empty();
        if (identifier.startsWith(prefix)) {
            try {
                id = Optional.of(UUID.fromString(identifier.substring(prefix.length())));
            } catch (IllegalArgumentException e) {
                // an identifier this repository never gave
            }
        }
        return id.flatMap(modules.get()::find).orElseThrow(() -> new OaiProblem(OaiProblem.ID_DOES_NOT_EXIST,
                "No record has the identifier " + identifier));
    }

    private Optional<Framework> framework() {
        return frameworks.current().map(Frameworks.StoredFramework::framework);
    }

    private static Map<String, String> competencyTitles(Optional<Framework> framework) {
        Map<String, String> titles = new LinkedHashMap<>();
        framework.ifPresent(f -> f.allCompetencies().forEach(c -> titles.put(c.code(), c.title().fr())));
        return titles;
    }

    private String host() {
        return java.net.URI.create(publicUrl.base()).getHost();
    }
}

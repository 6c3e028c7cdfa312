package fr.plume.sync.catalogue;

import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.ContentHash;
import fr.plume.sync.format.Text;
import java.util.List;

/**
 * An open resource as harvested, before the tool decides anything about it.
 *
 * @param sourceId    stable id: origin + upstream identifier (OAI identifier, course module id…)
 * @param origin      the configured source it came from (an OAI repository, a Moodle course)
 * @param kind        what it is upstream (OAI dc:type / LOM learningResourceType, Moodle modname)
 * @param contentHash SHA-256 over the canonical form of every other field except sourceId
 */
public record HarvestedResource(String sourceId, String origin, String title, String description, String url,
                                String language, String licence, List<String> keywords, List<String> authors,
                                String kind, List<CompetencyLink> competencies, String contentHash) {

    public HarvestedResource {
        title = Text.canonical(title);
        description = Text.canonical(description);
        url = Text.canonical(url);
        language = Text.canonical(language);
        licence = Text.canonical(licence);
        kind = Text.canonical(kind);
        keywords = keywords.stream().map(Text::canonical).filter(k -> !k.isEmpty()).distinct().toList();
        authors = authors.stream().map(Text::canonical).filter(k -> !k.isEmpty()).distinct().toList();
        competencies = competencies.stream().distinct().sorted().toList();
        contentHash = contentHash == null ? "" : contentHash;
    }

    public HarvestedResource withCompetencies(List<CompetencyLink> links) {
        return new HarvestedResource(sourceId, origin, title, description, url, language, licence, keywords, authors,
                kind, links, "");
    }

    /** This resource with its content hash computed. */
    public HarvestedResource hashed() {
        ContentHash.Canonical c = new ContentHash.Canonical().add(origin).add(title).add(description).add(url)
                .add(language).add(licence).addAll(keywords).addAll(authors).add(kind)
                .add(Integer.toString(competencies.size()));
        competencies.forEach(l -> c.add(l.code()).add(String.valueOf(l.idnumber())).add(l.how().name()));
        return new HarvestedResource(sourceId, origin, title, description, url, language, licence, keywords, authors,
                kind, competencies, c.sha256());
    }
}

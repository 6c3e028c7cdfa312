package fr.plume.sync.format;

import java.util.List;

/**
 * A question imported from Moodle XML or GIFT, waiting for an author's review. Neutral on
 * purpose: the tool turns it into its own item model.
 *
 * @param sourceId    stable id within its source (file + category + name, or Moodle idnumber)
 * @param stem        question text (HTML; for {@link QuestionType#CLOZE} with Moodle's embedded
 *                    {@code {1:MULTICHOICE:…}} codes, for gap types with {@code [[n]]} placeholders)
 * @param choices     options/answers (choice, true/false, short answer, gaps)
 * @param pairs       matching pairs
 * @param gaps        parsed sub-questions of a cloze stem
 * @param graderInfo  essay marking guidance
 * @param contentHash SHA-256 of the canonical form of every field but sourceId ({@link #hashed()})
 */
public record DraftItem(String sourceId, QuestionType type, String name, String category, String stem,
                        List<Choice> choices, List<MatchPair> pairs, List<ClozeGap> gaps, String generalFeedback,
                        String graderInfo, double defaultGrade, boolean shuffle, String idnumber, List<String> tags,
                        List<CompetencyLink> competencies, List<AttachmentRef> attachments, String contentHash) {

    public DraftItem {
        name = Text.canonical(name);
        category = Text.canonical(category);
        stem = Text.canonical(stem);
        generalFeedback = Text.canonical(generalFeedback);
        graderInfo = Text.canonical(graderInfo);
        idnumber = Text.canonical(idnumber);
        // absent lists (hand-written JSON files) are empty
        choices = choices == null ? List.of() : List.copyOf(choices);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        tags = tags == null ? List.of() : List.copyOf(tags);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        contentHash = contentHash == null ? "" : contentHash;
    }

    /** This item with its hash computed over everything except the source id and the hash. */
    public DraftItem hashed() {
        ContentHash.Canonical c = new ContentHash.Canonical().add(type.name()).add(name).add(category).add(stem)
                .add(generalFeedback).add(graderInfo).add(defaultGrade).add(shuffle).add(idnumber).addAll(tags);
        c.add(Integer.toString(choices.size()));
        choices.forEach(ch -> c.add(ch.text()).add(ch.fraction()).add(ch.feedback()).add(Integer.toString(ch.group())));
        c.add(Integer.toString(pairs.size()));
        pairs.forEach(p -> c.add(p.prompt()).add(p.answer()));
        c.add(Integer.toString(gaps.size()));
        for (ClozeGap g : gaps) {
            c.add(Integer.toString(g.index())).add(Integer.toString(g.weight())).add(g.kind())
                    .add(Integer.toString(g.choices().size()));
            g.choices().forEach(ch -> c.add(ch.text()).add(ch.fraction()).add(ch.feedback()));
        }
        c.add(Integer.toString(competencies.size()));
        competencies.forEach(l -> c.add(l.code()).add(String.valueOf(l.idnumber())).add(l.how().name()));
        c.add(Integer.toString(attachments.size()));
        attachments.forEach(a -> c.add(a.name()).add(Long.toString(a.approximateBytes())));
        return withHash(c.sha256());
    }

    public DraftItem withHash(String hash) {
        return new DraftItem(sourceId, type, name, category, stem, choices, pairs, gaps, generalFeedback, graderInfo,
                defaultGrade, shuffle, idnumber, tags, competencies, attachments, hash);
    }

    public DraftItem withSourceId(String id) {
        return new DraftItem(id, type, name, category, stem, choices, pairs, gaps, generalFeedback, graderInfo,
                defaultGrade, shuffle, idnumber, tags, competencies, attachments, contentHash);
    }

    public DraftItem withCompetencies(List<CompetencyLink> links) {
        return new DraftItem(sourceId, type, name, category, stem, choices, pairs, gaps, generalFeedback, graderInfo,
                defaultGrade, shuffle, idnumber, tags, links, attachments, contentHash);
    }
}

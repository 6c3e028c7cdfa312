package fr.plume.tool.psychometrics.application;

import fr.plume.tool.assessment.api.AnsweringGroups;
import fr.plume.tool.assessment.api.ScoredResponses;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.psychometrics.domain.AbilityScoring;
import fr.plume.tool.psychometrics.domain.DifAnalysis;
import fr.plume.tool.psychometrics.domain.DifComparison;
import fr.plume.tool.psychometrics.domain.DifReport;
import fr.plume.tool.psychometrics.domain.ItemParameter;
import fr.plume.tool.psychometrics.domain.LatentGrid;
import fr.plume.tool.psychometrics.domain.ResponseTable;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * DIF of the items answered in a window between the two groups of a comparison, from the stored
 * answers. Candidates are matched on EAP θ̂ under the parameters in delivery (operational items
 * only: a pretest item's prior is not a measurement); every answered item, pretest items included,
 * is analysed. Computed on request: the answers of the two groups only, a few seconds for a year.
 */
@Service
public class AnalyseDif {

    private final ScoredResponses responses;
    private final AnsweringGroups groups;
    private final ItemCatalog catalog;

    AnalyseDif(ScoredResponses responses, AnsweringGroups groups, ItemCatalog catalog) {
        this.responses = responses;
        this.groups = groups;
        this.catalog = catalog;
    }

    public DifReport analyse(DifComparison comparison, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new PlumeProblemException("PSY-WINDOW", 400);
        }
        Map<UUID, AnsweringGroups.AttemptGroup> groupOfAttempt = groups.of(from, to);
        List<ScoredResponses.ScoredResponse> answers = new ArrayList<>();
        responses.forEach(from, to, answer -> {
            AnsweringGroups.AttemptGroup group = groupOfAttempt.get(answer.attemptId());
            if (group != null && comparison.groupOf(group.memberId(), group.accommodated()) != DifComparison.LEFT_OUT) {
                answers.add(answer);
            }
        });
        Set<String> ids = new LinkedHashSet<>();
        answers.forEach(answer -> ids.add(answer.itemId()));
        ResponseTable.Builder builder = ResponseTable.builder(List.copyOf(ids));
        List<Integer> personGroups = new ArrayList<>();
        UUID current = null;
        for (ScoredResponses.ScoredResponse answer : answers) {
            if (!answer.attemptId().equals(current)) {
                current = answer.attemptId();
                AnsweringGroups.AttemptGroup group = groupOfAttempt.get(current);
                builder.nextPerson();
                personGroups.add(comparison.groupOf(group.memberId(), group.accommodated()));
            }
            builder.add(answer.itemId(), answer.correct());
        }
        ResponseTable table = builder.build();
        int[] group = personGroups.stream().mapToInt(Integer::intValue).toArray();
        int focal = (int) personGroups.stream().filter(g -> g == DifComparison.FOCAL).count();
        DifReport sizes = new DifReport(comparison, group.length - focal, focal, table.itemCount(), List.of());
        if (sizes.tooFewCandidates()) {
            return sizes;
        }
        double[] theta = new AbilityScoring(table, operationalParameters(), LatentGrid.standard()).expectedAbilities();
        return new DifReport(comparison, group.length - focal, focal, table.itemCount(),
                DifAnalysis.analyse(table, theta, group));
    }

    private Map<String, ItemParameter> operationalParameters() {
        Map<String, ItemParameter> parameters = new HashMap<>();
        for (PublishedItem item : catalog.published()) {
            if (!item.pretest()) {
                String id = item.item().id().toString();
                parameters.put(id, ItemParameter.fixed(id, item.a(), item.b()));
            }
        }
        return parameters;
    }
}

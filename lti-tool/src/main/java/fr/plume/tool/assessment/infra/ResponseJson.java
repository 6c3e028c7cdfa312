package fr.plume.tool.assessment.infra;

import fr.plume.framework.content.Response;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A response (in the author's indices) as stored in {@code assessment_attempt_item.response}. */
final class ResponseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ResponseJson() {
    }

    static String write(Response response) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", response.type().name());
        if (response instanceof Response.SingleChoice r) {
            node.put("selected", r.selected());
        } else if (response instanceof Response.MultipleChoice r) {
            var array = node.putArray("selected");
            r.selected().stream().sorted().forEach(array::add);
        } else if (response instanceof Response.Cloze r) {
            ObjectNode gaps = node.putObject("gaps");
            new TreeMap<>(r.gaps()).forEach((id, gap) -> {
                if (gap instanceof Response.TypedGap typed) {
                    gaps.put(String.valueOf(id), typed.text());
                } else if (gap instanceof Response.SelectedGap selected) {
                    gaps.put(String.valueOf(id), selected.option());
                }
            });
        } else if (response instanceof Response.SpotTheError r) {
            if (r.segment().isPresent()) {
                node.put("segment", r.segment().getAsInt());
            } else {
                node.putNull("segment");
            }
        } else if (response instanceof Response.CorrectTheError r) {
            node.put("correction", r.correction());
        } else if (response instanceof Response.Reorder r) {
            var array = node.putArray("order");
            r.order().forEach(array::add);
        } else if (response instanceof Response.Matching r) {
            ObjectNode pairs = node.putObject("pairs");
            new TreeMap<>(r.pairs()).forEach((left, right) -> pairs.put(String.valueOf(left), right));
        } else if (response instanceof Response.ShortAnswer r) {
            node.put("text", r.text());
        } else if (response instanceof Response.Essay r) {
            node.put("text", r.text());
        }
        return MAPPER.writeValueAsString(node);
    }
}

package fr.plume.tool.catalogue.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checked OAI-PMH request (OAI-PMH 2.0 §3.1, §4): a known verb with exactly its legal
 * arguments, each once; a resumption token alone. What is wrong becomes the protocol's error.
 */
public record OaiRequest(String verb, Map<String, String> arguments) {

    public static final String IDENTIFY = "Identify";
    public static final String LIST_METADATA_FORMATS = "ListMetadataFormats";
    public static final String LIST_SETS = "ListSets";
    public static final String GET_RECORD = "GetRecord";
    public static final String LIST_IDENTIFIERS = "ListIdentifiers";
    public static final String LIST_RECORDS = "ListRecords";

    private static final String TOKEN = "resumptionToken";

    /** For each verb: its required arguments, then the optional ones. */
    private static final Map<String, List<Set<String>>> VERBS = Map.of(
            IDENTIFY, List.of(Set.of(), Set.of()),
            LIST_METADATA_FORMATS, List.of(Set.of(), Set.of("identifier")),
            LIST_SETS, List.of(Set.of(), Set.of()),
            GET_RECORD, List.of(Set.of("identifier", "metadataPrefix"), Set.of()),
            LIST_IDENTIFIERS, List.of(Set.of("metadataPrefix"), Set.of("from", "until", "set")),
            LIST_RECORDS, List.of(Set.of("metadataPrefix"), Set.of("from", "until", "set")));

    public OaiRequest {
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** @param parameters every query or form parameter of the HTTP request, repeated ones included */
    public static OaiRequest parse(Map<String, List<String>> parameters) {
        List<String> verbs = parameters.getOrDefault("verb", List.of());
        if (verbs.size() != 1) {
            throw new OaiProblem(OaiProblem.BAD_VERB, verbs.isEmpty() ? "The verb argument is missing."
                    : "The verb argument is repeated.");
        }
        String verb = verbs.get(0);
        List<Set<String>> legal = VERBS.get(verb);
        if (legal == null) {
            throw new OaiProblem(OaiProblem.BAD_VERB, "Illegal OAI verb: " + verb);
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.equals("verb")) {
                return;
            }
            if (values.size() != 1) {
                throw new OaiProblem(OaiProblem.BAD_ARGUMENT, "The argument " + name + " is repeated.");
            }
            arguments.put(name, values.get(0));
        });
        checkArguments(verb, arguments, legal.get(0), legal.get(1));
        OaiRequest request = new OaiRequest(verb, arguments);
        request.checkDates();
        return request;
    }

    private static void checkArguments(String verb, Map<String, String> arguments, Set<String> required,
            Set<String> optional) {
        boolean resumable = verb.equals(LIST_SETS) || verb.equals(LIST_IDENTIFIERS) || verb.equals(LIST_RECORDS);
        if (resumable && arguments.containsKey(TOKEN)) {
            if (arguments.size() != 1) {
                throw new OaiProblem(OaiProblem.BAD_ARGUMENT, "resumptionToken is an exclusive argument.");
            }
            return;
        }
        for (String name : arguments.keySet()) {
            if (!required.contains(name) && !optional.contains(name)) {
                throw new OaiProblem(OaiProblem.BAD_ARGUMENT, "Illegal argument for " + verb + ": " + name);
            }
        }
        for (String name : required) {
            if (arguments.getOrDefault(name, "").isEmpty()) {
                throw new OaiProblem(OaiProblem.BAD_ARGUMENT, "Missing required argument: " + name);
            }
        }
    }

    private void checkDates() {
        Optional<OaiDates.Bound> from = argument("from").map(OaiDates::from);
        Optional<OaiDates.Bound> until = argument("until").map(OaiDates::until);
        if (from.isPresent() && until.isPresent()) {
            if (from.get().day() != until.get().day()) {
                throw new OaiProblem(OaiProblem.BAD_ARGUMENT, "from and until must have the same granularity.");
            }
            if (from.get().instant().isAfter(until.get().instant())) {
                throw new OaiProblem(OaiProblem.BAD_ARGUMENT, "from is later than until.");
            }
        }
    }

    public Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    public Optional<String> resumptionToken() {
        return argument(TOKEN);
    }
}

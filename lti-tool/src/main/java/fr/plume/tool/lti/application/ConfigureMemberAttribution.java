package fr.plume.tool.lti.application;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.MemberAttribution;
import fr.plume.tool.lti.domain.MemberAttributions;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A consortium administrator says how the launches of a platform shared by several members are
 * attributed to them (issue 13), and sees what the rule did with the latest launches.
 */
@Service
public class ConfigureMemberAttribution {

    private static final Logger log = LoggerFactory.getLogger(ConfigureMemberAttribution.class);
    private static final int RECENT = 50;

    /** The form: {@code source} empty removes the rule; {@code values} has one "KEY = member code" per line. */
    public record Input(String source, String parameter, String separator, String values) {
    }

    /** What the attribution page shows of one registration. */
    public record View(RegistrationView registration, Optional<MemberAttribution> rule, String values,
            List<MemberAttributions.RecentLaunch> recentLaunches, long fallbacks) {
    }

    private final Registrations registrations;
    private final MemberAttributions attributions;
    private final Members members;

    ConfigureMemberAttribution(Registrations registrations, MemberAttributions attributions, Members members) {
        this.registrations = registrations;
        this.attributions = attributions;
        this.members = members;
    }

    public View show(UUID registrationId) {
        RegistrationView registration = registration(registrationId);
        Optional<MemberAttribution> rule = attributions.find(registrationId);
        List<MemberAttributions.RecentLaunch> recent = attributions.recentLaunches(registrationId, RECENT);
        long fallbacks = recent.stream().filter(l -> l.outcome() == MemberAttribution.Outcome.FALLBACK).count();
        return new View(registration, rule, rule.map(this::valuesText).orElse(""), recent, fallbacks);
    }

    /** The kind of rule of each registration that has one (the list of platforms shows it). */
    public Map<UUID, MemberAttribution.Source> rules() {
        return attributions.sources();
    }

    /** The latest launches attributed to a member, through any registration. */
    public List<MemberAttributions.RecentLaunch> recentLaunchesOfMember(UUID memberId) {
        return attributions.recentLaunchesOfMember(memberId, RECENT);
    }

    public void save(UUID registrationId, Input input) {
        registration(registrationId);
        if (input.source() == null || input.source().isBlank()) {
            attributions.remove(registrationId);
            log.info("event=lti.attribution.removed registration={}", registrationId);
            return;
        }
        MemberAttribution.Source source;
        try {
            source = MemberAttribution.Source.valueOf(input.source());
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("LTI-ATTRIBUTION-INVALID", 400, "source");
        }
        if (source == MemberAttribution.Source.CUSTOM_PARAMETER
                && (input.parameter() == null || !input.parameter().strip().matches("[A-Za-z0-9_.-]{1,100}"))) {
            throw new PlumeProblemException("LTI-ATTRIBUTION-INVALID", 400, "parameter");
        }
        if (input.separator() != null && input.separator().length() > 5) {
            throw new PlumeProblemException("LTI-ATTRIBUTION-INVALID", 400, "separator");
        }
        attributions.save(new MemberAttribution(registrationId, source,
                source == MemberAttribution.Source.CUSTOM_PARAMETER ? input.parameter() : null, input.separator(),
                parse(input.values())));
        log.info("event=lti.attribution.saved registration={} source={}", registrationId, source);
    }

    /** "KEY = member code" (or "KEY member code"), one per line; blank lines and "#" comments are skipped. */
    private Map<String, UUID> parse(String text) {
        Map<String, UUID> values = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s*=\\s*|\\s+", 2);
            if (parts.length != 2 || parts[0].length() > 100) {
                throw new PlumeProblemException("LTI-ATTRIBUTION-INVALID", 400, "values");
            }
            UUID member = members.findByCode(parts[1].strip()).map(Members.Member::id)
                    .orElseThrow(() -> new PlumeProblemException("LTI-ATTRIBUTION-INVALID", 400, "values"));
            values.put(parts[0].toUpperCase(Locale.ROOT), member);
        }
        return values;
    }

    private String valuesText(MemberAttribution rule) {
        return rule.members().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + members.findById(e.getValue()).map(Members.Member::code).orElse("?"))
                .collect(Collectors.joining("\n"));
    }

    private RegistrationView registration(UUID id) {
        return registrations.findById(id).orElseThrow(() -> new PlumeProblemException("LTI-REGISTRATION-NOT-FOUND", 404));
    }
}

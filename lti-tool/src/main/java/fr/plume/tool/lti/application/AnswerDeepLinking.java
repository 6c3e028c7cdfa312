package fr.plume.tool.lti.application;

import fr.plume.tool.lti.api.PlaceableActivities;
import fr.plume.tool.lti.api.PlaceableActivity;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.DeepLinkingResponse;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.shared.domain.PublicUrl;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Lists what a teacher may place, and signs the LtiDeepLinkingResponse for what they chose. */
@Service
public class AnswerDeepLinking {

    private static final Logger log = LoggerFactory.getLogger(AnswerDeepLinking.class);

    /** The signed response and where the browser must POST it (form field {@code JWT}). */
    public record SignedResponse(URI returnUrl, String jwt) {
    }

    private final List<PlaceableActivities> sources;
    private final Registrations registrations;
    private final ToolKeys toolKeys;
    private final Clock clock;
    private final PublicUrl publicUrl;

    AnswerDeepLinking(List<PlaceableActivities> sources, Registrations registrations, ToolKeys toolKeys,
            Clock clock, PublicUrl publicUrl) {
        this.sources = sources;
        this.registrations = registrations;
        this.toolKeys = toolKeys;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public List<PlaceableActivity> choices(UUID memberId) {
        Map<String, PlaceableActivity> byId = new LinkedHashMap<>();
        for (PlaceableActivities source : sources) {
            for (PlaceableActivity activity : source.placeableFor(memberId)) {
                byId.putIfAbsent(activity.id(), activity);
            }
        }
        return List.copyOf(byId.values());
    }

    public SignedResponse answer(UUID memberId, UUID registrationId, String deploymentId,
            DeepLinkingSettings settings, List<String> chosenIds, String language) {
        RegistrationView registration = registrations.findById(registrationId)
                .filter(r -> r.memberId().equals(memberId) || registrations.serves(r.id(), memberId))
                .orElseThrow(() -> new LaunchRejected("LTI-PLATFORM-UNKNOWN", 400));
        Map<String, PlaceableActivity> offered = new LinkedHashMap<>();
        choices(memberId).forEach(a -> offered.put(a.id(), a));
        List<PlaceableActivity> chosen = new ArrayList<>();
        for (String id : chosenIds == null ? List.<String>of() : chosenIds) {
            PlaceableActivity activity = offered.get(id);
            if (activity == null) {
                throw new LaunchRejected("LTI-DEEP-LINKING-UNKNOWN-ACTIVITY", 400);
            }
            if (!chosen.contains(activity)) {
                chosen.add(activity);
            }
        }
        if (!chosen.isEmpty() && !settings.acceptsLtiResourceLink()) {
            throw new LaunchRejected("LTI-DEEP-LINKING-TYPE-REFUSED", 400);
        }
        String jwt = toolKeys.sign(DeepLinkingResponse.claims(registration.clientId(), registration.issuer(),
                deploymentId, settings, chosen, URI.create(publicUrl.base() + "/lti/launch"), language, clock.instant()));
        log.info("event=lti.deep-linking.answered registration={} items={}", registration.id(), chosen.size());
        return new SignedResponse(settings.returnUrl(), jwt);
    }
}

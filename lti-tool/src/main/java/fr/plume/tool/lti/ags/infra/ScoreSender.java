package fr.plume.tool.lti.ags.infra;

import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import fr.plume.tool.lti.ags.domain.PlatformScores;
import fr.plume.tool.lti.domain.TokenUnavailable;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.domain.DeliveryOutcome;
import fr.plume.tool.lti.ags.domain.AgsEndpoints.AgsLink;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.infra.PlatformServiceClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attempt at posting a grade's score to its line item (AGS 2.0 §3.4). The score always
 * carries the timestamp stored with the grade, so a repeated delivery is the same score to the
 * platform, which answers 409 or keeps an identical state: never a second, different grade.
 */
@Component
public class ScoreSender implements PlatformScores {

    public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LineItemClient lineItems;
    private final PlatformServiceClient call;
    private final AgsEndpoints endpoints;

    ScoreSender(LineItemClient lineItems, PlatformServiceClient call, AgsEndpoints endpoints) {
        this.lineItems = lineItems;
        this.call = call;
        this.endpoints = endpoints;
    }

    @Override
    public DeliveryOutcome deliver(RegistrationView registration, AgsLink link, ClaimedGrade grade) {
        if (!link.scopes().contains(AgsScopes.SCORE)) {
            return DeliveryOutcome.dead(0, "AGS-SCORE-SCOPE: the platform did not grant the score scope");
        }
        if (!"ACTIVE".equals(registration.status())) {
            return DeliveryOutcome.retry(0, "AGS-PLATFORM-INACTIVE: registration is " + registration.status());
        }
        try {
            LineItemClient.Resolution resolution = lineItems.resolve(registration, link, grade);
            if (resolution.failure() != null) {
                return resolution.failure();
            }
            String body = JSON.writeValueAsString(score(grade));
            URI scores = LineItemClient.scoresOf(resolution.lineItem());
            HttpResponse<String> response = call.send(registration, AgsScopes.requested(link.scopes()),
                    () -> call.request(scores).header("Content-Type", SCORE_TYPE)
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (response.statusCode() == 404 && link.lineItemUrl() == null) {
                // The column we found or created was deleted in the gradebook: look again next time.
                endpoints.resolved(link.memberId(), link.resourceLinkId(), null);
                return DeliveryOutcome.retry(404, "line item gone; will look it up again");
            }
            return DeliveryOutcome.ofScoreResponse(response.statusCode(), response.body());
        } catch (TokenUnavailable e) {
            // Even a refused client assertion is retried: it is usually a configuration fix away
            // (key not yet in the platform's JWKS), and the 24 h window then ends in the dead letters.
            return DeliveryOutcome.retry(e.status(), e.getMessage());
        } catch (IOException e) {
            return DeliveryOutcome.retry(0, "platform unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (RuntimeException e) {
            return DeliveryOutcome.retry(0, "unexpected: " + e.getClass().getSimpleName());
        }
    }

    /** The score JSON (AGS 2.0 §3.4.6): userId is the platform's sub; scoreMaximum goes with scoreGiven. */
    static Map<String, Object> score(ClaimedGrade grade) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", grade.userSubject());
        score.put("scoreGiven", grade.scoreGiven());
        score.put("scoreMaximum", grade.scoreMaximum());
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(grade.scoreTimestamp()));
        score.put("comment", comment(grade.mode()));
        return score;
    }

    private static String comment(String mode) {
        return switch (mode == null ? "" : mode) {
            case "DIAGNOSTIC" -> "Plume : diagnostic terminé";
            case "FORMATIVE" -> "Plume : entraînement terminé";
            case "CERTIFICATION" -> "Plume : certification terminée";
            case "MOCK_CERTIFICATION" -> "Plume : examen blanc terminé";
            default -> "Plume";
        };
    }
}

package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.DemoCatalogue;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.PlatformEndpoints;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.shared.domain.GradeScale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start in demo mode: the demo member, the platform registered with the tool (idempotent,
 * like an admin pasting Moodle's values), and a first gradable activity in the demo course.
 */
@Component
@Profile("demo")
public class SetUpDemoPlatform {

    private static final Logger log = LoggerFactory.getLogger(SetUpDemoPlatform.class);

    private final Members members;
    private final PlatformRegistrations registrations;
    private final DemoPlatform platform;
    private final Activities activities;
    private final LineItems lineItems;

    public SetUpDemoPlatform(Members members, PlatformRegistrations registrations, DemoPlatform platform,
            Activities activities, LineItems lineItems) {
        this.members = members;
        this.registrations = registrations;
        this.platform = platform;
        this.activities = activities;
        this.lineItems = lineItems;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        RegistrationView registration = register();
        seedFirstActivity();
        log.info("event=demo.platform.ready registration={} issuer={}", registration.id(), registration.issuer());
    }

    public RegistrationView register() {
        Members.Member member = members.ensure(DemoCatalogue.MEMBER_CODE, DemoCatalogue.MEMBER_NAME);
        PlatformEndpoints endpoints = platform.endpoints();
        return registrations.registerActive(new NewRegistration(member.id(), "Plateforme de démonstration",
                endpoints.issuer(), platform.clientId(), endpoints.authorization(), endpoints.token(), endpoints.jwks(),
                List.of(DemoPlatform.DEPLOYMENT_ID)));
    }

    void seedFirstActivity() {
        String course = DemoCatalogue.COURSE.id();
        if (!activities.inCourse(course).isEmpty()) {
            return;
        }
        String title = "Positionnement en français écrit";
        long activity = activities.insert(course, title,
                "Test de positionnement : orthographe, grammaire, lexique, organisation du texte.",
                null, Map.of(), null);
        // Moodle gives every gradable LTI activity its own ("coupled") grade item.
        lineItems.insert(course, title, BigDecimal.valueOf(GradeScale.MAXIMUM), null, null, activity, true);
    }
}

package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.ListResults;
import fr.plume.tool.demo.application.ReceiveScore;
import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.ServiceRefusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * AGS scores and results (AGS 2.0 §3.4, §3.3) with Moodle's validation and 409 rule
 * ({@link fr.plume.tool.demo.domain.ScoreRules}).
 */
@RestController
@Profile("demo")
class DemoScoresController {

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";

    private final DemoServiceAccess access;
    private final ReceiveScore receiveScore;
    private final ListResults listResults;

    DemoScoresController(DemoServiceAccess access, ReceiveScore receiveScore, ListResults listResults) {
        this.access = access;
        this.receiveScore = receiveScore;
        this.listResults = listResults;
    }

    @PostMapping("/demo/platform/services/{courseId}/lineitems/{itemId}/lineitem/scores")
    ResponseEntity<Void> score(@PathVariable String courseId, @PathVariable String itemId, HttpServletRequest request,
            @RequestBody(required = false) String body) {
        request.setAttribute(DemoServiceCalls.BODY_ATTRIBUTE, body);
        AccessGrant grant = access.require(request, Scopes.SCORE);
        DemoLineItemsController.checkTypeId(request);
        if (!DemoServiceCalls.contentTypeIs(request, SCORE)) {
            throw new ServiceRefusal(400, "Unsupported content type, expected " + SCORE);
        }
        receiveScore.receive(courseId, itemId, body, grant, DemoServiceCalls.pathOf(request));
        return ResponseEntity.ok().contentType(DemoServiceCalls.type(SCORE)).build();
    }

    @GetMapping("/demo/platform/services/{courseId}/lineitems/{itemId}/lineitem/results")
    ResponseEntity<Object> results(@PathVariable String courseId, @PathVariable String itemId,
            HttpServletRequest request) {
        AccessGrant grant = access.require(request, Scopes.RESULT_READONLY);
        DemoLineItemsController.checkTypeId(request);
        return ResponseEntity.ok().contentType(DemoServiceCalls.type(RESULTS)).body(listResults.list(courseId, itemId,
                request.getParameter("user_id"), grant, DemoServiceCalls.pathOf(request)));
    }
}

package fr.plume.tool.catalogue.web;

import fr.plume.tool.catalogue.application.AnswerOaiRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commons' OAI-PMH base URL, public: GET with a query, or POST with a form-encoded body
 * (OAI-PMH 2.0 §3.1.1). Protocol errors are replies with status 200 (§3.6).
 */
@RestController
class OaiController {

    private static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final AnswerOaiRequest answerOaiRequest;

    OaiController(AnswerOaiRequest answerOaiRequest) {
        this.answerOaiRequest = answerOaiRequest;
    }

    @GetMapping("/oai")
    ResponseEntity<String> get(HttpServletRequest request) {
        return answer(request);
    }

    @PostMapping(path = "/oai", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> post(HttpServletRequest request) {
        return answer(request);
    }

    private ResponseEntity<String> answer(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return ResponseEntity.ok().contentType(TEXT_XML).body(answerOaiRequest.answer(parameters));
    }
}

package fr.plume.tool.framework.web;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.validation.Problem;
import fr.plume.tool.framework.api.FrameworkImportRejected;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.framework.application.ImportFramework;
import fr.plume.tool.framework.domain.ImportOutcome;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST access to framework versions for consortium administrators (problem JSON on refusal). */
@RestController
@RequestMapping("/api/v1/admin/frameworks")
class FrameworkApiController {

    private final ImportFramework importFramework;
    private final Frameworks frameworks;

    FrameworkApiController(ImportFramework importFramework, Frameworks frameworks) {
        this.importFramework = importFramework;
        this.frameworks = frameworks;
    }

    @GetMapping
    List<Frameworks.FrameworkSummary> list() {
        return frameworks.list();
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> export(@PathVariable UUID id,
            @RequestParam(name = "format", defaultValue = "CASE_JSON") FrameworkFormat format) {
        return frameworks.find(id)
                .map(stored -> FrameworkDownload.of(stored, format))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportOutcome> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "format", required = false) String format, Principal principal) throws IOException {
        FrameworkFormat resolved = FormatParameter.resolve(format, file.getOriginalFilename());
        ImportOutcome outcome = importFramework.importFile(resolved, file.getInputStream(), principal.getName());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/admin/frameworks/" + outcome.versionId()))
                .body(outcome);
    }

    @ExceptionHandler(FrameworkImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(FrameworkImportRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(422),
                rejected.summary().total() + " problème(s) : rien n’a été importé.");
        problem.setTitle("Référentiel refusé");
        problem.setType(URI.create("urn:plume:problem:" + rejected.code()));
        problem.setProperty("code", rejected.code());
        problem.setProperty("problemCount", rejected.summary().total());
        problem.setProperty("problemCountByCode", rejected.summary().countByCode());
        problem.setProperty("problems", rejected.problems().stream().map(FrameworkApiController::asMap).toList());
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, String> asMap(Problem p) {
        return Map.of("code", p.code(), "location", p.location(), "message", p.message());
    }
}

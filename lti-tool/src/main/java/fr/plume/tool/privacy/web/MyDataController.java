package fr.plume.tool.privacy.web;

import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.privacy.application.ExportPersonalData;
import fr.plume.tool.privacy.application.PersonalData;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My data", reached from the student's home: what the tool holds about the launched person, and
 * the same as a JSON file (GDPR Art. 15 and 20). Only the launch's own member and person are read.
 */
@Controller
class MyDataController {

    private final ExportPersonalData export;
    private final CurrentLaunch launch;

    MyDataController(ExportPersonalData export, CurrentLaunch launch) {
        this.export = export;
        this.launch = launch;
    }

    @GetMapping("/app/my-data")
    String page(Model model) {
        model.addAttribute("data", own());
        return "privacy/my-data";
    }

    @GetMapping("/app/my-data.json")
    ResponseEntity<PersonalData> json() {
        return PersonalDataFiles.json(own(), "plume-my-data.json");
    }

    private PersonalData own() {
        LaunchContext context = launch.require();
        return export.own(context.memberId(), context.userId());
    }
}

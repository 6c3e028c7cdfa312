package fr.plume.tool.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where an administrator lands after signing in: what each admin page is for. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}

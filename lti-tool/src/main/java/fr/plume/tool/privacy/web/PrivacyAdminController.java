package fr.plume.tool.privacy.web;

import fr.plume.tool.identity.api.AccountRecords;
import fr.plume.tool.identity.api.MemberAdministrators;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.privacy.application.AdminScope;
import fr.plume.tool.privacy.application.ErasePerson;
import fr.plume.tool.privacy.application.ExportPersonalData;
import fr.plume.tool.privacy.application.FindPeople;
import fr.plume.tool.privacy.application.PersonalData;
import fr.plume.tool.privacy.domain.Erasure;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Access and erasure requests handled by an administrator: the consortium administrator for every
 * member, a member administrator for their own member only (the account's member, never one in
 * the request; another member's person is unknown, 404). SecurityConfiguration lets both roles in.
 */
@Controller
class PrivacyAdminController {

    private final FindPeople findPeople;
    private final ExportPersonalData export;
    private final ErasePerson erasePerson;
    private final MemberAdministrators memberAdministrators;
    private final Members members;

    PrivacyAdminController(FindPeople findPeople, ExportPersonalData export, ErasePerson erasePerson,
            MemberAdministrators memberAdministrators, Members members) {
        this.findPeople = findPeople;
        this.export = export;
        this.erasePerson = erasePerson;
        this.memberAdministrators = memberAdministrators;
        this.members = members;
    }

    @GetMapping("/admin/privacy")
    String search(@RequestParam(name = "q", required = false) String query, Authentication account, Model model) {
        AdminScope scope = scope(account);
        model.addAttribute("consortium", scope.memberId() == null);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("searched", query != null);
        model.addAttribute("people", findPeople.search(scope, query));
        model.addAttribute("accounts", findPeople.accounts(scope, query));
        model.addAttribute("memberNames", members.all().stream()
                .collect(Collectors.toMap(Members.Member::id, Members.Member::name, (a, b) -> a)));
        return "privacy/admin-search";
    }

    @GetMapping("/admin/privacy/people/{personId}")
    String person(@PathVariable UUID personId, Authentication account, Model model) {
        AdminScope scope = scope(account);
        model.addAttribute("consortium", scope.memberId() == null);
        model.addAttribute("data", export.forAdministrator(scope, personId));
        return "privacy/admin-person";
    }

    @GetMapping("/admin/privacy/people/{personId}.json")
    ResponseEntity<PersonalData> json(@PathVariable UUID personId, Authentication account) {
        return PersonalDataFiles.json(export.forAdministrator(scope(account), personId),
                "plume-personal-data-" + personId + ".json");
    }

    @GetMapping("/admin/privacy/accounts/{accountId}.json")
    ResponseEntity<AccountRecords.Account> account(@PathVariable UUID accountId, Authentication account) {
        return PersonalDataFiles.json(export.account(scope(account), accountId),
                "plume-account-data-" + accountId + ".json");
    }

    @PostMapping("/admin/privacy/people/{personId}/erase")
    String erase(@PathVariable UUID personId, @RequestParam(name = "confirm", required = false) String confirm,
            Authentication account, RedirectAttributes redirect) {
        AdminScope scope = scope(account);
        if (!"ERASE".equals(confirm)) {
            throw new PlumeProblemException("PRIVACY-ERASURE-NOT-CONFIRMED", 400);
        }
        Erasure erasure = erasePerson.erase(scope, personId, account.getName());
        redirect.addFlashAttribute("erased", Map.of("pseudonym", erasure.pseudonym().value(),
                "essays", erasure.essays(), "freeTexts", erasure.freeTexts(),
                "certificatesKept", erasure.certificatesKept()));
        return "redirect:/admin/privacy/people/" + personId;
    }

    private AdminScope scope(Authentication account) {
        boolean consortium = account.getAuthorities().stream()
                .anyMatch(a -> "ROLE_CONSORTIUM_ADMIN".equals(a.getAuthority()));
        if (consortium) {
            return AdminScope.consortium();
        }
        return memberAdministrators.memberOf(account.getName()).map(AdminScope::member)
                .orElseThrow(() -> new PlumeProblemException("PRIVACY-MEMBER-UNKNOWN", 403));
    }
}

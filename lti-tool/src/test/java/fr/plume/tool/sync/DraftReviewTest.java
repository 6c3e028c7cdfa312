package fr.plume.tool.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.ItemStatus;
import fr.plume.sync.format.Choice;
import fr.plume.sync.format.DraftItem;
import fr.plume.sync.format.QuestionType;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.sync.domain.DraftToItemTest;
import fr.plume.tool.sync.infra.JdbcDraftQuestions;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review of harvested questions: accepted ones become DRAFT items of the bank, others are refused or rejected. */
@PlumeIntegrationTest
class DraftReviewTest {

    private static final String ADMIN = "drafts-admin";
    private static final String PASSWORD = "drafts admin correct horse";

    @LocalServerPort
    int port;
    @RegisterExtension
    final ConsortiumAdmins.Account administrator = ConsortiumAdmins.account(ADMIN, PASSWORD);
    @Autowired
    Members members;
    @Autowired
    JdbcDraftQuestions drafts;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    BrowserSession admin;
    Members.Member member;

    @BeforeEach
    void setUp() {
        String code = "univ-d-" + UUID.randomUUID().toString().substring(0, 8);
        member = members.ensure(code, "Université " + code);
        admin = administrator.signedIn();
    }

    @Test
    void anAcceptedQuestionBecomesADraftItemAnEssayIsRefusedAndARejectedOneLeaves() {
        String origin = "moodle-" + member.code() + ":accords";
        DraftItem choice = DraftToItemTest.draft(origin + "/q1", QuestionType.SINGLE_CHOICE,
                "<p>Les fleurs que j’ai ___ .</p>", List.of(Choice.of("cueilli", 0), Choice.of("cueillies", 1)),
                List.of(), List.of());
        DraftItem essay = DraftToItemTest.draft(origin + "/q2", QuestionType.ESSAY, "Racontez vos vacances.",
                List.of(), List.of(), List.of());
        drafts.forMember(member.id()).upsert(origin, choice);
        drafts.forMember(member.id()).upsert(origin, essay);
        UUID choiceId = draftId(choice.sourceId());
        UUID essayId = draftId(essay.sourceId());

        String page = admin.get("/admin/sync/drafts").body();
        assertThat(page).contains("<h1").contains(member.name()).contains("Question " + choice.sourceId())
                .contains("1.1 (TAG)").contains("/admin/sync/drafts/members/" + member.id() + "/" + choiceId + "/accept")
                .doesNotContain("/" + essayId + "/accept").contains("essay");
        assertThat(admin.get("/admin/sync/drafts?lang=en").body()).contains("Harvested questions to review");
        String csrf = BrowserSession.csrfToken(page);

        HttpResponse<String> accepted = admin.postForm("/admin/sync/drafts/members/" + member.id() + "/" + choiceId
                + "/accept", Map.of("_csrf", csrf, "competency", "1.1", "level", "3", "licence", "CC-BY-SA-4.0"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        UUID itemId = jdbc.sql("SELECT item_id FROM sync_draft_question WHERE id = :id").param("id", choiceId)
                .query(UUID.class).single();
        var item = catalog.item(itemId).orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.competency()).isEqualTo("1.1");
        assertThat(item.level()).isEqualTo(3);
        assertThat(item.stem().fr()).isEqualTo("Les fleurs que j’ai ___ .");
        assertThat(drafts.status(member.id(), choiceId)).contains("ACCEPTED");
        assertThat(catalog.published()).noneMatch(p -> p.item().id().equals(itemId));

        HttpResponse<String> refused = admin.postForm("/admin/sync/drafts/members/" + member.id() + "/" + essayId
                + "/accept", Map.of("_csrf", csrf, "competency", "1.1", "level", "3", "licence", "CC-BY-SA-4.0"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("essay");
        assertThat(drafts.status(member.id(), essayId)).contains("PENDING");

        Members.Member other = members.ensure("other-d-" + member.code(), "Autre université");
        HttpResponse<String> crossMember = admin.postForm("/admin/sync/drafts/members/" + other.id() + "/" + essayId
                + "/reject", Map.of("_csrf", csrf));
        assertThat(crossMember.statusCode()).isEqualTo(404);
        assertThat(drafts.status(member.id(), essayId)).contains("PENDING");
        HttpResponse<String> forged = admin.postForm("/admin/sync/drafts/members/" + member.id() + "/" + essayId
                + "/reject", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> rejected = admin.postForm("/admin/sync/drafts/members/" + member.id() + "/" + essayId
                + "/reject", Map.of("_csrf", csrf));
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(drafts.status(member.id(), essayId)).contains("REJECTED");
        assertThat(drafts.pending(member.id(), 10)).isEmpty();
        assertThat(admin.get("/admin/sync/drafts").body()).doesNotContain("Question " + essay.sourceId());
        HttpResponse<String> twice = admin.postForm("/admin/sync/drafts/members/" + member.id() + "/" + choiceId
                + "/accept", Map.of("_csrf", csrf, "competency", "1.1", "level", "3", "licence", "CC-BY-SA-4.0"));
        assertThat(twice.statusCode()).isEqualTo(404);
        assertThat(new Http(port).get("/admin/sync/drafts").statusCode()).isIn(302, 401, 403);
    }

    private UUID draftId(String sourceId) {
        return jdbc.sql("SELECT id FROM sync_draft_question WHERE member_id = :m AND source_id = :s")
                .param("m", member.id()).param("s", sourceId).query(UUID.class).single();
    }
}

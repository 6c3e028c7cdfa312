package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.domain.ModulePractice;
import fr.plume.tool.assessment.domain.ModulePractices;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fixed sequence of a module practice, kept next to its attempt; every statement filters on member_id. */
@Repository
class JdbcModulePractices implements ModulePractices {

    private final JdbcClient jdbc;

    JdbcModulePractices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(UUID memberId, ModulePractice practice) {
        jdbc.sql("""
                INSERT INTO assessment_module_practice (attempt_id, member_id, module_id, module_version, item_ids,
                    item_versions)
                VALUES (:attempt, :member, :module, :version, :ids, :versions)""")
                .param("attempt", practice.attemptId()).param("member", memberId)
                .param("module", practice.moduleId()).param("version", practice.moduleVersion())
                .param("ids", practice.items().stream().map(ModulePractice.PinnedItem::itemId).toArray(UUID[]::new))
                .param("versions", practice.items().stream().map(ModulePractice.PinnedItem::version)
                        .toArray(Integer[]::new))
                .update();
    }

    @Override
    public Optional<ModulePractice> of(UUID memberId, UUID attemptId) {
        return jdbc.sql("""
                SELECT attempt_id, module_id, module_version, item_ids, item_versions
                FROM assessment_module_practice WHERE member_id = :member AND attempt_id = :attempt""")
                .param("member", memberId).param("attempt", attemptId)
                .query(JdbcModulePractices::practice).optional();
    }

    private static ModulePractice practice(ResultSet rs, int row) throws SQLException {
        UUID[] ids = (UUID[]) rs.getArray("item_ids").getArray();
        Integer[] versions = (Integer[]) rs.getArray("item_versions").getArray();
        List<ModulePractice.PinnedItem> items = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            items.add(new ModulePractice.PinnedItem(ids[i], versions[i]));
        }
        return new ModulePractice(rs.getObject("attempt_id", UUID.class), rs.getObject("module_id", UUID.class),
                rs.getInt("module_version"), items);
    }
}

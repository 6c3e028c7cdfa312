package fr.plume.tool.privacy.infra;

import fr.plume.tool.privacy.domain.Erasure;
import fr.plume.tool.privacy.domain.ErasureLog;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** privacy_erasure: one row per erasure, naming the person only by their pseudonym. */
@Repository
class JdbcErasureLog implements ErasureLog {

    private final JdbcClient jdbc;

    JdbcErasureLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(Erasure erasure) {
        jdbc.sql("""
                INSERT INTO privacy_erasure (id, member_id, pseudonym, actor, erased_at, essays, free_texts,
                                             candidacies, certificates_kept)
                VALUES (:id, :member, :pseudonym, :actor, :at, :essays, :freeTexts, :candidacies, :kept)""")
                .param("id", erasure.id()).param("member", erasure.memberId())
                .param("pseudonym", erasure.pseudonym().value()).param("actor", erasure.actor())
                .param("at", Timestamp.from(erasure.erasedAt())).param("essays", erasure.essays())
                .param("freeTexts", erasure.freeTexts()).param("candidacies", erasure.candidacies())
                .param("kept", erasure.certificatesKept()).update();
    }
}

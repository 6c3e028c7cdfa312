package fr.plume.tool.privacy.application;

import fr.plume.tool.identity.api.AccountRecords;
import fr.plume.tool.lti.api.LaunchedPeople;
import fr.plume.tool.lti.api.LaunchedPeople.Person;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finds the person an access or erasure request is about, among the administrator's members only:
 * people launched from a platform, and tool accounts.
 */
@Service
public class FindPeople {

    static final int LIMIT = 50;
    static final int SHORTEST = 2;

    private final LaunchedPeople people;
    private final AccountRecords accounts;

    public FindPeople(LaunchedPeople people, AccountRecords accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    /** People whose name, e-mail or platform id contains the text; none for a text under two characters. */
    public List<Person> search(AdminScope scope, String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < SHORTEST) {
            return List.of();
        }
        return people.search(scope.memberId(), query, LIMIT);
    }

    /**
     * Tool accounts (staff) whose username or display name contains the text: a member
     * administrator sees their member's accounts only.
     */
    public List<AccountRecords.Account> accounts(AdminScope scope, String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < SHORTEST) {
            return List.of();
        }
        return accounts.search(scope.memberId(), query, LIMIT);
    }
}

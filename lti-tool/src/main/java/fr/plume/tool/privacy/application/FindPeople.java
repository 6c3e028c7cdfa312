package fr.plume.tool.privacy.application;

import fr.plume.tool.lti.api.LaunchedPeople;
import fr.plume.tool.lti.api.LaunchedPeople.Person;
import java.util.List;
import org.springframework.stereotype.Service;

/** Finds the person an access or erasure request is about, among the administrator's members only. */
@Service
public class FindPeople {

    static final int LIMIT = 50;
    static final int SHORTEST = 2;

    private final LaunchedPeople people;

    public FindPeople(LaunchedPeople people) {
        this.people = people;
    }

    /** People whose name, e-mail or platform id contains the text; none for a text under two characters. */
    public List<Person> search(AdminScope scope, String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < SHORTEST) {
            return List.of();
        }
        return people.search(scope.memberId(), query, LIMIT);
    }
}

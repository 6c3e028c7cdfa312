package fr.plume.tool.lti.application;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDescriptions;
import fr.plume.tool.lti.domain.LaunchRecords;
import org.springframework.stereotype.Service;

/** Who launched and from where, as a landing page shows it (never logged). */
@Service
class DescribeLaunch implements LaunchDescriptions {

    private final LaunchRecords records;

    DescribeLaunch(LaunchRecords records) {
        this.records = records;
    }

    @Override
    public LaunchDescription describe(LaunchContext launch) {
        return records.summary(launch.memberId(), launch.userId(), launch.contextId(), launch.resourceLinkId())
                .map(s -> new LaunchDescription(s.displayName(), s.contextTitle(), s.resourceLinkTitle()))
                .orElse(new LaunchDescription(null, null, null));
    }
}

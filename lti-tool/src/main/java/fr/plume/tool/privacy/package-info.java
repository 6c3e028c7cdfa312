/**
 * The people's rights over their data (GDPR, docs/privacy.md): what the tool holds about a person,
 * shown to them and exported for access requests; erasure by pseudonymisation (certificates kept);
 * and the retention periods, applied by a scheduled purge. Reads and changes the other modules'
 * data only through their {@code api} ports ({@code lti.api.LaunchedPeople},
 * {@code assessment.api.LearnerRecords}, {@code certification.api.CandidateRecords}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package fr.plume.tool.privacy;

-- The LTI roles the consortium maps to the national certification officer (issue 17): a launch
-- carrying one of them reaches the officer's pages as a tool account with the role would. A role
-- is stored as the consortium administrator typed it: a full URI (a Moodle custom role URN, an
-- LIS institution role) or a short name matched against the part after '#' (e.g. Administrator).
CREATE TABLE certification_officer_role (
    role      VARCHAR(300) PRIMARY KEY,
    added_by  VARCHAR(200) NOT NULL,
    added_at  TIMESTAMPTZ  NOT NULL
);

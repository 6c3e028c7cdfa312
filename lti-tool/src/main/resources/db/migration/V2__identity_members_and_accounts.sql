-- Members are the consortium's universities: every tenant-owned row points to one (DESIGN §4).
CREATE TABLE member (
    id         UUID PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Accounts that log in to the tool itself (consortium admins, certification officers, authors),
-- as opposed to users arriving by LTI launch. Passwords are stored as bcrypt/argon hashes only.
CREATE TABLE tool_account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    member_id     UUID REFERENCES member (id),
    roles         TEXT[]       NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Member administrators (issue 13: the member view of the usage report) administer one member: the
-- account's member_id. An account with that role and no member would see nothing, so it cannot exist.
ALTER TABLE tool_account ADD CONSTRAINT tool_account_member_admin_has_member
    CHECK (NOT ('MEMBER_ADMIN' = ANY (roles)) OR member_id IS NOT NULL);
